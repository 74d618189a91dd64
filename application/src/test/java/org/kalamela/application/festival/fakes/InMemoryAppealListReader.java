package org.kalamela.application.festival.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.festival.query.AppealFilter;
import org.kalamela.application.festival.query.AppealListReader;
import org.kalamela.application.festival.query.AppealRow;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * The appeals' rows from the fake repository and payments; names, units and districts are made up from the
 * ids (the PostgreSQL reader joins the real ones), so a test can tell rows apart.
 */
public class InMemoryAppealListReader implements AppealListReader {

    private final InMemoryAppealRepository appeals;
    private final PaymentRepository payments;

    public InMemoryAppealListReader(InMemoryAppealRepository appeals, PaymentRepository payments) {
        this.appeals = appeals;
        this.payments = payments;
    }

    @Override
    public Page<AppealRow> list(AppealFilter filter, PageRequest page) {
        List<AppealRow> rows = new ArrayList<>();
        appeals.all().stream()
                .filter(a -> a.edition().equals(filter.edition()))
                .filter(a -> !filter.pendingOnly() || a.status().isPending())
                .filter(a -> filter.status().map(s -> s == a.status()).orElse(true))
                .filter(a -> filter.event().map(e -> e.equals(a.event())).orElse(true))
                .filter(a -> filter.district().map(d -> d.equals(a.district())).orElse(true))
                .sorted(Comparator.comparing(Appeal::filedAt).thenComparing(a -> a.id().value()))
                .map(this::row).forEach(rows::add);
        return Page.slice(rows, page);
    }

    @Override
    public Optional<AppealRow> find(AppealId id) {
        return appeals.find(id).map(this::row);
    }

    private AppealRow row(Appeal a) {
        Optional<Payment> fee = payments.latest(PaymentScope.appealFee(a.id().value()), a.district());
        boolean team = a.performer().isTeam();
        return new AppealRow(a.id().value(), a.event().value(), "Event " + a.event(), "A",
                team ? null : (int) a.performer().id() + 1000, team ? "GS-" + a.performer().id() : null,
                List.of("Performer " + a.performer().id()), "Unit", a.district().value(),
                "District " + a.district(), a.filedPublicly(), a.statement().text(), a.filedAt(), a.status(),
                fee.map(p -> p.id().value()), fee.map(Payment::status), a.decision().map(d -> d.reply().text())
                .orElse(null), a.decision().map(d -> d.decidedAt()).orElse(null));
    }
}
