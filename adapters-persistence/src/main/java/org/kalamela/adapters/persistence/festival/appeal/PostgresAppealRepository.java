package org.kalamela.adapters.persistence.festival.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealDecision;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealReply;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.festival.appeal.AppealStatement;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.festival.appeal.FeeOutcome;
import org.kalamela.domain.festival.appeal.NewAppeal;
import org.kalamela.domain.festival.appeal.ResultBefore;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Appeals in {@code appeals}, one row each with its fee confirmation and decision; native SQL, as the judging
 * adapters. The one-appeal-per-entry keys refuse a racing second filing ({@code APPEAL_ALREADY_FILED} through
 * {@link SchemaConstraints}).
 */
@ApplicationScoped
public class PostgresAppealRepository implements AppealRepository {

    private static final String COLUMNS = """
            id, event_id, edition_year, individual_entry_id, team_id, district_id, filed_by, statement, filed_at,
            status, fee_confirmed_by, fee_confirmed_at, reply, decided_by, decided_at, fee_outcome, before_revision,
            before_mark, before_grade, before_rank, before_points""";

    private final EntityManager em;

    @Inject
    public PostgresAppealRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Appeal add(NewAppeal appeal) {
        Object id = SchemaConstraints.translating(() -> em.createNativeQuery("""
                        INSERT INTO appeals (event_id, edition_year, individual_entry_id, team_id, district_id, filed_by,
                                             statement, filed_at, status)
                        VALUES (?1, ?2, cast(?3 AS bigint), cast(?4 AS bigint), ?5, cast(?6 AS bigint), ?7, ?8,
                                'SUBMITTED')
                        RETURNING id""")
                .setParameter(1, appeal.event().value())
                .setParameter(2, appeal.edition().value())
                .setParameter(3, text(appeal.performer().entry().map(IndividualEntryId::value)))
                .setParameter(4, text(appeal.performer().team().map(TeamId::value)))
                .setParameter(5, appeal.district().value())
                .setParameter(6, text(appeal.filedBy().map(AccountId::value)))
                .setParameter(7, appeal.statement().text())
                .setParameter(8, appeal.filedAt())
                .getSingleResult());
        return find(AppealId.of(Columns.number(id))).orElseThrow();
    }

    @Override
    public Optional<Appeal> find(AppealId id) {
        return select("SELECT " + COLUMNS + " FROM appeals WHERE id = ?1", id);
    }

    @Override
    public Optional<Appeal> lock(AppealId id) {
        return select("SELECT " + COLUMNS + " FROM appeals WHERE id = ?1 FOR UPDATE", id);
    }

    @Override
    public void save(Appeal moved) {
        Optional<AppealDecision> d = moved.decision();
        Optional<ResultBefore> before = d.flatMap(AppealDecision::before);
        SchemaConstraints.writing(() -> em.createNativeQuery("""
                        UPDATE appeals SET status = ?2, fee_confirmed_by = cast(?3 AS bigint),
                            fee_confirmed_at = cast(?4 AS timestamptz), reply = cast(?5 AS text),
                            decided_by = cast(?6 AS bigint), decided_at = cast(?7 AS timestamptz),
                            fee_outcome = cast(?8 AS varchar), before_revision = cast(?9 AS integer),
                            before_mark = cast(?10 AS numeric), before_grade = cast(?11 AS varchar),
                            before_rank = cast(?12 AS integer), before_points = cast(?13 AS integer)
                        WHERE id = ?1""")
                .setParameter(1, moved.id().value())
                .setParameter(2, moved.status().name())
                .setParameter(3, text(moved.feeConfirmation().map(f -> f.by().value())))
                .setParameter(4, text(moved.feeConfirmation().map(Appeal.FeeConfirmation::at)))
                .setParameter(5, text(d.map(x -> x.reply().text())))
                .setParameter(6, text(d.map(x -> x.decidedBy().value())))
                .setParameter(7, text(d.map(AppealDecision::decidedAt)))
                .setParameter(8, text(d.map(AppealDecision::fee)))
                .setParameter(9, text(before.map(ResultBefore::revision)))
                .setParameter(10, text(before.map(b -> b.mark().toPlainString())))
                .setParameter(11, text(before.map(ResultBefore::grade)))
                .setParameter(12, text(before.map(ResultBefore::rank)))
                .setParameter(13, text(before.map(ResultBefore::points)))
                .executeUpdate());
    }

    @Override
    public boolean existsFor(Performer performer) {
        String column = performer.isTeam() ? "team_id" : "individual_entry_id";
        return !em.createNativeQuery("SELECT 1 FROM appeals WHERE " + column + " = ?1")
                .setParameter(1, performer.id()).getResultList().isEmpty();
    }

    private Optional<Appeal> select(String sql, AppealId id) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, id.value()).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(PostgresAppealRepository::appeal);
    }

    private static Appeal appeal(Object[] r) {
        Performer performer = r[3] != null ? Performer.entry(IndividualEntryId.of(Columns.number(r[3])))
                : Performer.team(TeamId.of(Columns.number(r[4])));
        Optional<Appeal.FeeConfirmation> fee = r[11] == null ? Optional.empty()
                : Optional.of(new Appeal.FeeConfirmation(AccountId.of(Columns.number(r[10])), Columns.instant(r[11])));
        Optional<ResultBefore> before = r[16] == null ? Optional.empty()
                : Optional.of(new ResultBefore(Columns.integer(r[16]), (BigDecimal) r[17], (String) r[18],
                        Columns.integer(r[19]), Columns.integer(r[20])));
        AppealStatus status = AppealStatus.valueOf(Columns.text(r[9]));
        Optional<AppealDecision> decision = r[14] == null ? Optional.empty()
                : Optional.of(new AppealDecision(status == AppealStatus.ACCEPTED, new AppealReply(Columns.text(r[12])),
                        AccountId.of(Columns.number(r[13])), Columns.instant(r[14]),
                        FeeOutcome.valueOf(Columns.text(r[15])), before));
        return new Appeal(AppealId.of(Columns.number(r[0])), EventId.of(Columns.number(r[1])),
                EditionYear.of(Columns.integer(r[2])), performer, DistrictId.of(Columns.number(r[5])),
                Optional.ofNullable(r[6]).map(v -> AccountId.of(Columns.number(v))),
                new AppealStatement(Columns.text(r[7])), Columns.instant(r[8]), status, fee, decision);
    }

    /** A nullable value as text, cast by the statement: Hibernate cannot type a bare null parameter. */
    private static TypedParameterValue<String> text(Optional<?> value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value.map(Object::toString).orElse(null));
    }
}
