package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.festival.query.AppealFilter;
import org.kalamela.application.festival.query.AppealListReader;
import org.kalamela.application.festival.query.AppealRow;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * Appeals with their event, entry or team (names joined by the unit separator, a control character no stored
 * text holds), unit, district, code letter and latest fee payment: one query per page and one count, whatever
 * the page holds.
 */
@ApplicationScoped
public class PostgresAppealListReader implements AppealListReader {

    private static final String SEPARATOR = "\u001f";

    private static final String SELECT = """
            SELECT a.id, a.event_id, e.name, da.code_letter, c.number,
                   CASE WHEN t.id IS NOT NULL THEN t.code_prefix || '-' || t.team_number END,
                   CASE WHEN m.id IS NOT NULL THEN m.name
                        ELSE (SELECT string_agg(tmm.name, chr(31) ORDER BY tmm.name) FROM team_members tm
                              JOIN members tmm ON tmm.id = tm.member_id WHERE tm.team_id = t.id) END,
                   u.name, a.district_id, d.name, a.filed_by IS NULL, a.statement, a.filed_at, a.status,
                   p.id, p.status, a.reply, a.decided_at
            """;

    private static final String FROM = """
            FROM appeals a
            JOIN festival_events e ON e.id = a.event_id
            JOIN districts d ON d.id = a.district_id
            LEFT JOIN individual_entries ie ON ie.id = a.individual_entry_id
            LEFT JOIN members m ON m.id = ie.member_id
            LEFT JOIN chest_numbers c ON c.member_id = m.id AND c.edition_year = a.edition_year AND c.is_current
            LEFT JOIN teams t ON t.id = a.team_id
            LEFT JOIN units u ON u.id = COALESCE(m.unit_id, t.unit_id)
            LEFT JOIN draw_appearances da ON da.event_id = a.event_id
                AND (da.individual_entry_id = a.individual_entry_id OR da.team_id = a.team_id)
            LEFT JOIN LATERAL (SELECT pay.id, pay.status FROM payments pay WHERE pay.appeal_id = a.id
                               ORDER BY pay.created_at DESC, pay.id DESC LIMIT 1) p ON TRUE
            """;

    private final EntityManager em;

    @Inject
    public PostgresAppealListReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<AppealRow> list(AppealFilter filter, PageRequest page) {
        String where = " WHERE a.edition_year = :edition"
                + (filter.pendingOnly() ? " AND a.status IN ('SUBMITTED', 'FEE_CONFIRMED')" : "")
                + filter.status().map(s -> " AND a.status = :status").orElse("")
                + filter.event().map(e -> " AND a.event_id = :event").orElse("")
                + filter.district().map(d -> " AND a.district_id = :district").orElse("");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bound(em.createNativeQuery(SELECT + FROM + where
                + " ORDER BY a.filed_at, a.id LIMIT :limit OFFSET :offset"), filter)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        long total = Columns.number(bound(em.createNativeQuery("SELECT count(*) FROM appeals a" + where), filter)
                .getSingleResult());
        return Page.of(rows.stream().map(PostgresAppealListReader::row).toList(), page, total);
    }

    @Override
    public Optional<AppealRow> find(AppealId id) {
        List<?> rows = em.createNativeQuery(SELECT + FROM + " WHERE a.id = :id").setParameter("id", id.value())
                .getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(PostgresAppealListReader::row);
    }

    private static Query bound(Query query, AppealFilter filter) {
        query.setParameter("edition", filter.edition().value());
        filter.status().ifPresent(status -> query.setParameter("status", status.name()));
        filter.event().ifPresent(event -> query.setParameter("event", event.value()));
        filter.district().ifPresent(district -> query.setParameter("district", district.value()));
        return query;
    }

    private static AppealRow row(Object[] r) {
        return new AppealRow(Columns.number(r[0]), Columns.number(r[1]), Columns.text(r[2]), (String) r[3],
                Columns.optionalInteger(r[4]), (String) r[5],
                r[6] == null ? List.of() : Arrays.asList(Columns.text(r[6]).split(SEPARATOR)), (String) r[7],
                Columns.number(r[8]), Columns.text(r[9]), Columns.flag(r[10]), Columns.text(r[11]),
                Columns.instant(r[12]), AppealStatus.valueOf(Columns.text(r[13])),
                Optional.ofNullable(r[14]).map(Columns::number),
                Optional.ofNullable(r[15]).map(v -> PaymentStatus.valueOf(Columns.text(v))), (String) r[16],
                r[17] == null ? null : Columns.instant(r[17]));
    }
}
