package org.kalamela.bootstrap.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kalamela.adapters.rest.shared.input.CsvTable;
import org.kalamela.application.festival.edition.CreateEdition;
import org.kalamela.application.festival.edition.MarkCurrentEdition;
import org.kalamela.application.festival.event.EventImportRow;
import org.kalamela.application.festival.event.ImportEvents;
import org.kalamela.application.festival.judging.AssignJudge;
import org.kalamela.application.identity.account.CreateDistrictOfficial;
import org.kalamela.application.identity.account.CreateJudge;
import org.kalamela.application.identity.account.StaffAccounts;
import org.kalamela.application.registry.district.ListDistricts;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The festival part of the demo data, made through the festival's and identity's own use cases: the
 * current edition 2026 with the 2025-26 rules, a registration window from 30 days before to 30 days after
 * today, the 45 events of {@code demo/kalamela-events.csv}, one district official per district, and three
 * judges seated on the panels of the first two events.
 */
@ApplicationScoped
class DemoFestival {

    static final EditionYear EDITION = EditionYear.of(2026);
    private static final Duration HALF_WINDOW = Duration.ofDays(30);
    private static final int JUDGES = 3;
    private static final int JUDGED_EVENTS = 2;

    @Inject
    CreateEdition createEdition;
    @Inject
    MarkCurrentEdition markCurrentEdition;
    @Inject
    ImportEvents importEvents;
    @Inject
    ListDistricts listDistricts;
    @Inject
    CreateDistrictOfficial createDistrictOfficial;
    @Inject
    CreateJudge createJudge;
    @Inject
    AssignJudge assignJudge;

    private List<FestivalEvent> events = List.of();

    /** A district official made for the demo, with the one-time password the use case returned. */
    record OfficialAccount(DistrictId districtId, String district, AccountId accountId, String username,
                           String oneTimePassword) {
    }

    /** A judge made for the demo, with the events they were seated on and their one-time password. */
    record JudgeAccount(String username, String oneTimePassword, List<String> events) {
    }

    int loadEdition(Actor admin, Instant now) {
        createEdition.execute(new CreateEdition.Command(EDITION,
                new RegistrationWindow(now.minus(HALF_WINDOW), now.plus(HALF_WINDOW)), FestivalRules.defaults2026()),
                admin);
        CsvTable csv = DemoCsv.read("kalamela-events.csv");
        List<EventImportRow> rows = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
            rows.add(new EventImportRow(csv.line(i), csv.cell(i, "kind"), csv.cell(i, "name"), csv.cell(i, "category"),
                    csv.cell(i, "mandatory"), csv.cell(i, "gender"), csv.cell(i, "seniority"),
                    csv.cell(i, "min_team_size"), csv.cell(i, "max_team_size"), csv.cell(i, "teams_per_unit")));
        }
        events = importEvents.execute(new ImportEvents.Command(EDITION, rows, false), admin);
        markCurrentEdition.execute(EDITION, admin);
        return events.size();
    }

    List<OfficialAccount> loadOfficials(Actor admin) {
        List<OfficialAccount> made = new ArrayList<>();
        for (District district : listDistricts.execute(admin)) {
            CreateDistrictOfficial.Created created = createDistrictOfficial.execute(
                    new CreateDistrictOfficial.Command(district.id(),
                            "District official, " + DemoRegistry.titleCase(district.name()), null, null, null,
                            StaffAccounts.Delivery.ONE_TIME_PASSWORD),
                    admin);
            made.add(new OfficialAccount(district.id(), district.name(), AccountId.of(created.account().id()),
                    created.account().username(),
                    created.oneTimePassword().orElseThrow()));
        }
        return made;
    }

    /** The judges, each seated on the panels of the edition's first events (after {@link #loadEdition}). */
    List<JudgeAccount> loadJudges(Actor admin) {
        List<FestivalEvent> judged = events.subList(0, Math.min(JUDGED_EVENTS, events.size()));
        List<JudgeAccount> made = new ArrayList<>();
        for (int n = 1; n <= JUDGES; n++) {
            CreateJudge.Created created = createJudge.execute(new CreateJudge.Command("Demo judge " + n, null, null,
                    null, StaffAccounts.Delivery.ONE_TIME_PASSWORD), admin);
            AccountId judge = AccountId.of(created.account().id());
            judged.forEach(event -> assignJudge.execute(event.id(), judge, admin));
            made.add(new JudgeAccount(created.account().username(), created.oneTimePassword().orElseThrow(),
                    judged.stream().map(FestivalEvent::name).toList()));
        }
        return made;
    }
}
