package org.kalamela.application.festival.draw;

import java.math.BigDecimal;
import java.util.List;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.edition.ChangeRegistrationWindow;
import org.kalamela.application.festival.fakes.FestivalFakes;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

/** The festival world with the draw's use cases wired to the same fakes. */
public final class DrawWorld {

    public final FestivalWorld festival = new FestivalWorld();
    public final FestivalFakes fakes = festival.fakes;
    public final DrawViews views = new DrawViews(fakes.draws, fakes.appearances, fakes.performers);
    public final DrawOrderOfAppearance draw = new DrawOrderOfAppearance(fakes.draws, fakes.performers, fakes.sheets,
            fakes.judgingLocks, festival.eventLookup, festival.currentEdition, views, fakes.audit, festival.clock);
    public final ShowDraw showDraw = new ShowDraw(festival.eventLookup, festival.currentEdition, views);

    /**
     * An individual event with up to eight entries: juniors and seniors of both districts in turn, each entered
     * by their district's official (two per district and seniority is the edition's limit).
     */
    public FestivalEvent eventWithEntries(String name, int entries) {
        FestivalEvent event = festival.individualEvent(name);
        for (int i = 0; i < entries; i++) {
            boolean home = i % 4 < 2;
            MemberId member = festival.member(home ? festival.unit : festival.otherDistrictUnit, Gender.M,
                    i % 2 == 0 ? FestivalWorld.JUNIOR_DOB : FestivalWorld.SENIOR_DOB);
            festival.enter(home ? festival.official : festival.otherOfficial, member, event);
        }
        return event;
    }

    /** Registration closes now (the draw waits for it); entries are final. */
    public void closeRegistration() {
        festival.changeRegistrationWindow.execute(new ChangeRegistrationWindow.Command(FestivalWorld.YEAR,
                new RegistrationWindow(FestivalWorld.WINDOW.opens(), festival.clock.instant())), festival.admin);
    }

    /** The window of the world opened again, as the admin does for a late entry. */
    public void reopenRegistration() {
        festival.changeRegistrationWindow.execute(new ChangeRegistrationWindow.Command(FestivalWorld.YEAR,
                FestivalWorld.WINDOW), festival.admin);
    }

    /** A judge seated on the event's panel who has marked code letter A (through the ports, as judging will). */
    public AccountId judgeWhoMarked(FestivalEvent event, long judgeId) {
        AccountId judge = AccountId.of(judgeId);
        fakes.sheets.assign(event.id(), judge, festival.admin.accountId(), festival.clock.instant());
        fakes.sheets.saveMarks(event.id(), judge, List.of(new SheetMark(CodeLetter.ofPosition(1), 1,
                new BigDecimal("50.00"))), judge, false, festival.clock.instant());
        return judge;
    }
}
