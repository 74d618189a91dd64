package org.kalamela.application.festival.judging;

import java.util.List;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.JudgeSheet;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.Submission;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;

/**
 * Reads an event's panel for the admin: one read of the sheets and one account per seat (a panel has the
 * edition's few judges). Not a bean: each use case makes its own.
 */
final class Panels {

    private final JudgedEvent judged;
    private final JudgeSheetRepository sheets;
    private final AccountRepository accounts;

    Panels(JudgedEvent judged, JudgeSheetRepository sheets, AccountRepository accounts) {
        this.judged = judged;
        this.sheets = sheets;
        this.accounts = accounts;
    }

    PanelView view(EventId id) {
        JudgedEvent.Facts facts = judged.facts(id);
        List<PanelView.Seat> seats = sheets.panel(id).stream().map(sheet -> seat(sheet, facts)).toList();
        return new PanelView(id.value(), facts.event().name(), facts.edition().year().value(),
                facts.edition().rules().judgesPerEvent(), facts.resultState(), facts.drawn(), facts.letters().size(),
                facts.criteria().size(), seats);
    }

    private PanelView.Seat seat(JudgeSheet sheet, JudgedEvent.Facts facts) {
        Account judge = accounts.findById(sheet.judge()).orElseThrow(
                () -> new IllegalStateException("the judge " + sheet.judge() + " of a sheet has no account"));
        Submission submission = sheet.submission().orElse(null);
        return new PanelView.Seat(judge.id().value(), judge.username(), judge.displayName(), judge.active(),
                sheet.state(), sheet.marks().size(),
                facts.drawn() ? sheet.missing(facts.criteria(), facts.letters()) : null,
                submission == null ? null : submission.at(),
                submission == null ? null : submission.byTabulator());
    }
}
