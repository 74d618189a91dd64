package org.kalamela.application.festival.judging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.certificate.CertificateIssuer;
import org.kalamela.application.festival.fakes.FestivalFakes;
import org.kalamela.application.festival.result.EventResultViews;
import org.kalamela.application.festival.result.PublishResult;
import org.kalamela.application.festival.result.RepublishResult;
import org.kalamela.application.festival.result.ShowEventResult;
import org.kalamela.domain.festival.certificate.SerialGenerator;
import org.kalamela.domain.festival.draw.DrawPolicy;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.MarkInput;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.value.Gender;

/**
 * The festival world with an individual event of three entries, drawn (seed 7), a panel of three judges seated
 * through the port, and the judging and result use cases wired to the same fakes.
 */
public final class JudgingWorld {

    public final FestivalWorld festival = new FestivalWorld();
    public final FestivalFakes fakes = festival.fakes;
    public final Actor admin = festival.admin;
    public final List<Actor> judges = List.of(judge(101), judge(102), judge(103));
    public final Actor outsider = judge(199);
    public final FestivalEvent event = festival.individualEvent("Light music");
    public final FestivalEvent other = festival.individualEvent("Elocution");
    public final List<Performer> performers = new ArrayList<>();

    final EventJudging judging = new EventJudging(festival.currentEdition, festival.eventLookup, fakes.sheets,
            fakes.draws, fakes.criteria, fakes.results);
    final ResultComputation computation = new ResultComputation(fakes.sheets, fakes.draws, fakes.results);
    public final ShowMySheet showMySheet = new ShowMySheet(judging);
    public final SaveMySheet saveMySheet = new SaveMySheet(judging, fakes.sheets, fakes.judgingLocks, festival.clock);
    public final SubmitMySheet submitMySheet = new SubmitMySheet(judging, fakes.sheets, fakes.judgingLocks,
            computation, festival.clock);
    public final EnterPaperSheet enterPaperSheet = new EnterPaperSheet(judging, fakes.sheets, fakes.judgingLocks,
            computation, fakes.audit, festival.clock);
    public final CorrectSheet correctSheet = new CorrectSheet(judging, fakes.sheets, fakes.judgingLocks,
            computation, fakes.audit, festival.clock);
    public final EnterSingleMarks enterSingleMarks = new EnterSingleMarks(judging, fakes.sheets, fakes.judgingLocks,
            computation, fakes.audit, festival.clock);
    final EventResultViews views = new EventResultViews(fakes.judgingReader, fakes.sheets, fakes.results,
            computation);
    public final ShowEventResult showEventResult = new ShowEventResult(judging, views);
    public final CertificateIssuer certificateIssuer = new CertificateIssuer(fakes.certificates,
            SerialGenerator.secure(), fakes.audit);
    public final PublishResult publishResult = new PublishResult(judging, fakes.judgingLocks, fakes.results,
            fakes.resultNumbers, views, certificateIssuer, fakes.audit, festival.clock);
    public final RepublishResult republishResult = new RepublishResult(judging, fakes.judgingLocks, fakes.results,
            computation, views, certificateIssuer, fakes.audit, festival.clock);

    public JudgingWorld() {
        performers.add(Performer.entry(festival.enter(festival.official, festival.senior(), event).id()));
        performers.add(Performer.entry(festival.enter(festival.official, festival.senior(), event).id()));
        performers.add(Performer.entry(festival.enter(festival.otherOfficial,
                festival.member(festival.otherDistrictUnit, Gender.M, FestivalWorld.SENIOR_DOB), event).id()));
        fakes.draws.replace(DrawPolicy.draw(event.id(), FestivalWorld.YEAR, performers, new org.kalamela.domain.festival.draw.DrawSeed("0".repeat(63) + "7"), admin,
                festival.clock.instant()));
        judges.forEach(judge -> fakes.sheets.assign(event.id(), judge.accountId(), admin.accountId(),
                festival.clock.instant()));
    }

    static Actor judge(long id) {
        return new Actor(AccountId.of(id), "judge-" + id, Role.JUDGE, null, null);
    }

    /** Marks A, B, C on the one default criterion. */
    public static List<MarkInput> marks(String a, String b, String c) {
        return List.of(mark("A", a), mark("B", b), mark("C", c));
    }

    public static MarkInput mark(String letter, String mark) {
        return new MarkInput(letter, 1, new BigDecimal(mark));
    }

    /** Every judge marks A, B, C the same and submits: A 80, B 70, C 35 unless told. */
    public void everyJudgeSubmits(String a, String b, String c) {
        for (Actor judge : judges) {
            saveMySheet.execute(event.id(), marks(a, b, c), judge);
            submitMySheet.execute(event.id(), judge);
        }
    }
}
