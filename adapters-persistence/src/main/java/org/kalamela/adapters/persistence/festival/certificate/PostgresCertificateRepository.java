package org.kalamela.adapters.persistence.festival.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SqlArrays;
import org.kalamela.domain.festival.certificate.Certificate;
import org.kalamela.domain.festival.certificate.CertificateRepository;
import org.kalamela.domain.festival.certificate.CertificateSerial;
import org.kalamela.domain.festival.certificate.IssuedFrom;
import org.kalamela.domain.festival.certificate.Recipient;
import org.kalamela.domain.festival.certificate.Voiding;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Certificates in V20's {@code certificates}: the recipients read from the published entry results (a team's
 * members joined in), and issuing and voiding each written as one statement over array parameters, so a
 * publication costs the same round trips for 3 entries or 300 (ADR-19). The unit and district of a
 * certificate are its entry's in {@code entry_results}, joined in by the insert.
 */
@ApplicationScoped
public class PostgresCertificateRepository implements CertificateRepository {

    private final EntityManager em;

    @Inject
    public PostgresCertificateRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Recipient> recipients(EventId event) {
        return rows(em.createNativeQuery("""
                        SELECT r.individual_entry_id, r.team_id, coalesce(r.member_id, tm.member_id), r.grade, r.rank
                        FROM entry_results r
                        LEFT JOIN team_members tm ON tm.team_id = r.team_id
                        WHERE r.event_id = ?1 AND coalesce(r.member_id, tm.member_id) IS NOT NULL
                        ORDER BY length(r.code_letter), r.code_letter, 3""")
                .setParameter(1, event.value()))
                .map(r -> new Recipient(performer(r[0], r[1]), MemberId.of(Columns.number(r[2])),
                        Optional.ofNullable(r[3]).map(Columns::text), Columns.integer(r[4])))
                .toList();
    }

    @Override
    public List<Certificate> valid(EventId event) {
        return rows(em.createNativeQuery("""
                        SELECT serial, edition_year, revision, issued_at, issued_by, individual_entry_id, team_id,
                               member_id, grade, rank
                        FROM certificates WHERE event_id = ?1 AND voided_at IS NULL ORDER BY id""")
                .setParameter(1, event.value()))
                .map(r -> new Certificate(new CertificateSerial(Columns.text(r[0])),
                        new IssuedFrom(event, EditionYear.of(Columns.integer(r[1])), Columns.integer(r[2]),
                                Columns.instant(r[3]), AccountId.of(Columns.number(r[4]))),
                        performer(r[5], r[6]), MemberId.of(Columns.number(r[7])),
                        Optional.ofNullable(r[8]).map(Columns::text), Columns.integer(r[9])))
                .toList();
    }

    @Override
    public void voidAll(List<Voiding> voidings) {
        if (voidings.isEmpty()) {
            return;
        }
        int voided = em.createNativeQuery("""
                        UPDATE certificates c SET voided_at = v.at, voided_by = v.by, replaced_by = v.replacement
                        FROM unnest(cast(?1 AS text[]), cast(?2 AS text[]), cast(?3 AS timestamptz[]),
                                    cast(?4 AS bigint[])) AS v (serial, replacement, at, by)
                        WHERE c.serial = v.serial AND c.voided_at IS NULL""")
                .setParameter(1, SqlArrays.of(voidings.stream().map(v -> v.voided().value()).toList()))
                .setParameter(2, SqlArrays.of(voidings.stream()
                        .map(v -> v.replacement().map(CertificateSerial::value).orElse(null)).toList()))
                .setParameter(3, SqlArrays.of(voidings.stream().map(v -> v.at().toString()).toList()))
                .setParameter(4, SqlArrays.of(voidings.stream().map(v -> v.by().value()).toList()))
                .executeUpdate();
        if (voided != voidings.size()) {
            throw new IllegalStateException("voided " + voided + " of " + voidings.size()
                    + " certificates: some were voided already or do not exist");
        }
    }

    @Override
    public void issue(List<Certificate> certificates) {
        if (certificates.isEmpty()) {
            return;
        }
        int issued = em.createNativeQuery("""
                        INSERT INTO certificates (serial, event_id, edition_year, revision, individual_entry_id,
                                                  team_id, member_id, unit_id, district_id, grade, rank, issued_at,
                                                  issued_by)
                        SELECT c.serial, c.event_id, c.edition_year, c.revision, c.entry_id, c.team_id, c.member_id,
                               r.unit_id, r.district_id, c.grade, c.rank, c.issued_at, c.issued_by
                        FROM unnest(cast(?1 AS text[]), cast(?2 AS bigint[]), cast(?3 AS integer[]),
                                    cast(?4 AS integer[]), cast(?5 AS bigint[]), cast(?6 AS bigint[]),
                                    cast(?7 AS bigint[]), cast(?8 AS text[]), cast(?9 AS integer[]),
                                    cast(?10 AS timestamptz[]), cast(?11 AS bigint[]))
                            AS c (serial, event_id, edition_year, revision, entry_id, team_id, member_id, grade, rank,
                                  issued_at, issued_by)
                        JOIN entry_results r ON r.event_id = c.event_id
                             AND r.individual_entry_id IS NOT DISTINCT FROM c.entry_id
                             AND r.team_id IS NOT DISTINCT FROM c.team_id""")
                .setParameter(1, SqlArrays.of(certificates.stream().map(c -> c.serial().value()).toList()))
                .setParameter(2, SqlArrays.of(certificates.stream().map(c -> c.issuedFrom().event().value()).toList()))
                .setParameter(3, SqlArrays.of(certificates.stream().map(c -> c.issuedFrom().edition().value()).toList()))
                .setParameter(4, SqlArrays.of(certificates.stream().map(c -> c.issuedFrom().revision()).toList()))
                .setParameter(5, SqlArrays.of(certificates.stream()
                        .map(c -> c.performer().entry().map(IndividualEntryId::value).orElse(null)).toList()))
                .setParameter(6, SqlArrays.of(certificates.stream()
                        .map(c -> c.performer().team().map(TeamId::value).orElse(null)).toList()))
                .setParameter(7, SqlArrays.of(certificates.stream().map(c -> c.member().value()).toList()))
                .setParameter(8, SqlArrays.of(certificates.stream().map(c -> c.grade().orElse(null)).toList()))
                .setParameter(9, SqlArrays.of(certificates.stream().map(Certificate::rank).toList()))
                .setParameter(10, SqlArrays.of(certificates.stream().map(c -> c.issuedFrom().at().toString()).toList()))
                .setParameter(11, SqlArrays.of(certificates.stream().map(c -> c.issuedFrom().by().value()).toList()))
                .executeUpdate();
        if (issued != certificates.size()) {
            throw new IllegalStateException("issued " + issued + " of " + certificates.size()
                    + " certificates: some name an entry without a result in their event");
        }
    }

    private static Stream<Object[]> rows(Query query) {
        return ((List<?>) query.getResultList()).stream().map(Object[].class::cast);
    }

    private static Performer performer(Object entry, Object team) {
        return entry != null ? Performer.entry(IndividualEntryId.of(Columns.number(entry)))
                : Performer.team(TeamId.of(Columns.number(team)));
    }
}
