package org.kalamela.adapters.persistence.festival.chest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;
import org.kalamela.domain.festival.chest.UnnumberedParticipant;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Every chest number issued in an edition, one row each in {@code chest_numbers}: the primary key
 * {@code (edition_year, number)} issues a number once, the partial unique index
 * {@code chest_numbers_one_current_uq} gives a member one current number. A new number is inserted with
 * {@code ON CONFLICT DO NOTHING}, so a refusal by either key is answered without an error that would spoil
 * the transaction; a replacement is checked first and backed by the same keys.
 */
@ApplicationScoped
public class PostgresChestNumberRegistry implements ChestNumberRegistry {

    private final EntityManager em;

    @Inject
    public PostgresChestNumberRegistry(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ChestNumber> find(EditionYear edition, MemberId member) {
        return first(em.createNativeQuery(
                        "SELECT number FROM chest_numbers WHERE edition_year = ?1 AND member_id = ?2 AND is_current")
                .setParameter(1, edition.value())
                .setParameter(2, member.value())
                .getResultList())
                .map(number -> ChestNumber.of(Columns.integer(number)));
    }

    @Override
    public Optional<MemberId> issuedTo(EditionYear edition, ChestNumber number) {
        return first(em.createNativeQuery("SELECT member_id FROM chest_numbers WHERE edition_year = ?1 AND number = ?2")
                .setParameter(1, edition.value())
                .setParameter(2, number.value())
                .getResultList())
                .map(member -> MemberId.of(Columns.number(member)));
    }

    @Override
    public void issue(EditionYear edition, MemberId member, ChestNumber number) {
        if (!issueIfFree(edition, member, number)) {
            throw taken(number);
        }
    }

    /** One insert; only a refused one asks why (the number's row, or the member's current one). */
    @Override
    public boolean issueIfFree(EditionYear edition, MemberId member, ChestNumber number) {
        List<?> inserted = em.createNativeQuery("""
                        INSERT INTO chest_numbers (edition_year, number, member_id, is_current)
                        VALUES (?1, ?2, ?3, TRUE) ON CONFLICT DO NOTHING RETURNING number""")
                .setParameter(1, edition.value())
                .setParameter(2, number.value())
                .setParameter(3, member.value())
                .getResultList();
        if (!inserted.isEmpty()) {
            return true;
        }
        if (issuedTo(edition, number).isPresent()) {
            return false;
        }
        throw new RuleViolation(ErrorCode.MEMBER_ALREADY_NUMBERED,
                "Member " + member + " already has a chest number in edition " + edition);
    }

    /**
     * The current row stops being current before the new one becomes current (the partial unique index is
     * checked row by row); a number the member held before is made current again rather than inserted.
     */
    @Override
    public void replace(EditionYear edition, MemberId member, ChestNumber number) {
        find(edition, member).orElseThrow(() -> new IllegalStateException("member " + member + " has no chest number"));
        Optional<MemberId> holder = issuedTo(edition, number);
        if (holder.isPresent() && !holder.get().equals(member)) {
            throw taken(number);
        }
        String makeCurrent = holder.isPresent()
                ? "UPDATE chest_numbers SET is_current = TRUE"
                        + " WHERE edition_year = ?1 AND number = ?2 AND member_id = ?3"
                : "INSERT INTO chest_numbers (edition_year, number, member_id, is_current) VALUES (?1, ?2, ?3, TRUE)";
        SchemaConstraints.writing(() -> {
            em.createNativeQuery("UPDATE chest_numbers SET is_current = FALSE"
                            + " WHERE edition_year = ?1 AND member_id = ?2 AND is_current")
                    .setParameter(1, edition.value())
                    .setParameter(2, member.value())
                    .executeUpdate();
            em.createNativeQuery(makeCurrent)
                    .setParameter(1, edition.value())
                    .setParameter(2, number.value())
                    .setParameter(3, member.value())
                    .executeUpdate();
        });
    }

    /**
     * One query: each member's earliest entry (lowest id) of the edition among members without a current
     * number, ordered as the job numbers them.
     */
    @Override
    public List<UnnumberedParticipant> unnumbered(EditionYear edition) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT member_id, seniority FROM (
                            SELECT DISTINCT ON (ie.member_id) ie.member_id, ie.seniority, d.name AS district,
                                   u.name AS unit, m.name AS member
                            FROM individual_entries ie
                            JOIN members m ON m.id = ie.member_id
                            JOIN units u ON u.id = m.unit_id
                            JOIN districts d ON d.id = u.district_id
                            WHERE ie.edition_year = ?1
                              AND NOT EXISTS (SELECT 1 FROM chest_numbers c WHERE c.edition_year = ie.edition_year
                                              AND c.member_id = ie.member_id AND c.is_current)
                            ORDER BY ie.member_id, ie.id) first_entries
                        ORDER BY district, unit, member, member_id""")
                .setParameter(1, edition.value())
                .getResultList();
        return rows.stream()
                .map(row -> new UnnumberedParticipant(MemberId.of(Columns.number(row[0])),
                        Seniority.valueOf(Columns.text(row[1]))))
                .toList();
    }

    private static RuleViolation taken(ChestNumber number) {
        return new RuleViolation(ErrorCode.CHEST_NUMBER_TAKEN, "Chest number " + number + " is already given");
    }

    private static Optional<Object> first(List<?> rows) {
        return rows.stream().map(Object.class::cast).findFirst();
    }
}
