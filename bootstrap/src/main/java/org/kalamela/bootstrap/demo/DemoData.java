package org.kalamela.bootstrap.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kalamela.bootstrap.startup.FirstAdminAccount;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Loads the demo data (DOMAIN.md "Demo data") into an empty database when {@code kalamela.demo-data.enabled} (the demo and dev
 * profiles), through the product's own use cases and in one transaction: all of it or nothing. The
 * passwords of the demo accounts are printed once, here.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final int DEMO_TIMEOUT_SECONDS = 900;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    DemoRegistry registry;
    @Inject
    DemoFestival festival;
    @Inject
    DemoConference conference;
    @Inject
    AccountRepository accounts;
    @Inject
    Clock clock;

    @ConfigProperty(name = "kalamela.demo-data.enabled")
    boolean enabled;

    @ConfigProperty(name = "kalamela.admin.username")
    String adminUsername;

    @ConfigProperty(name = "kalamela.demo-data.password")
    Optional<String> configuredPassword;

    void onStart(@Observes @Priority(FirstAdminAccount.ORDER + 10) StartupEvent event) {
        if (!enabled || !registry.isEmpty()) {
            return;
        }
        Actor admin = accounts.findByLogin(adminUsername).orElseThrow().asActor();
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(DemoData::randomPassword);
        int year = LocalDate.now(clock).getYear();
        LOG.info("Empty database: loading the demo data (this takes a few seconds)");
        // One transaction for all of it (all or nothing), given far more than the default 60 seconds: hashing
        // the demo accounts' passwords alone takes tens of seconds on a small or busy machine.
        Loaded loaded = QuarkusTransaction.requiringNew().timeout(DEMO_TIMEOUT_SECONDS)
                .call(() -> load(admin, password, year));
        List<DemoRegistry.UnitAccount> units = loaded.units();
        LOG.infof("Demo festival: edition %s is current with %d events; registration is open for 30 days",
                DemoFestival.EDITION, loaded.events());
        for (DemoFestival.OfficialAccount official : loaded.officials()) {
            LOG.infof("Demo district official of %s: sign in as '%s' with the one-time password '%s' (shown once)",
                    official.district(), official.username(), official.oneTimePassword());
        }
        for (DemoFestival.JudgeAccount judge : loaded.judges()) {
            LOG.infof("Demo judge of %s: sign in as '%s' with the one-time password '%s' (shown once)",
                    String.join(" and ", judge.events()), judge.username(), judge.oneTimePassword());
        }
        LOG.infof("Demo conference %d '%s': %d delegates; %d districts' fee payments, one at each step (approved, "
                + "under review, awaiting proof, rejected), the other districts unpaid",
                loaded.conference().conferenceId(),
                DemoConference.TITLE, loaded.conference().delegates(), loaded.conference().payments());
        LOG.infof("Demo data loaded: %d units in %d districts. Unit accounts sign in with their registration "
                + "number, e.g. '%s', and the password %s", units.size(),
                units.stream().map(DemoRegistry.UnitAccount::district).distinct().count(),
                units.get(0).username(),
                configuredPassword.filter(p -> !p.isBlank()).isPresent() ? "from KALAMELA_DEMO_PASSWORD"
                        : "'" + password + "' (generated; shown once)");
    }

    /** Everything, in the caller's transaction; the start-up runs it in one of its own. */
    Loaded load(Actor admin, String password, int year) {
        List<DemoRegistry.UnitAccount> units = registry.load(admin, password, year);
        int events = festival.loadEdition(admin, clock.instant());
        List<DemoFestival.OfficialAccount> officials = festival.loadOfficials(admin);
        List<DemoFestival.JudgeAccount> judges = festival.loadJudges(admin);
        Map<DistrictId, List<MemberId>> members = new LinkedHashMap<>();
        for (DemoRegistry.UnitAccount unit : units) {
            members.computeIfAbsent(unit.districtId(), id -> new ArrayList<>()).addAll(unit.members());
        }
        return new Loaded(units, events, officials, judges, conference.load(admin, officials, members));
    }

    record Loaded(List<DemoRegistry.UnitAccount> units, int events, List<DemoFestival.OfficialAccount> officials,
                  List<DemoFestival.JudgeAccount> judges, DemoConference.Loaded conference) {
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder("Demo-");
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
