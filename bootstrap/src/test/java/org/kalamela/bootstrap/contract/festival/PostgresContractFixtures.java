package org.kalamela.bootstrap.contract.festival;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.entry.NewIndividualEntry;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.event.NewFestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.ShortCodePolicy;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The contracts' rows in PostgreSQL: editions and events through the adapters, districts, units and
 * members straight into the registry's tables. Every call runs through {@code run}: inside the contract's
 * rolled-back transaction ({@link #rolledBack}) or as a committed transaction of its own ({@link #committed},
 * for the sequence contracts, whose draws commit).
 */
final class PostgresContractFixtures implements FestivalContractFixtures {

    private static final RegistrationWindow WINDOW =
            new RegistrationWindow(Instant.parse("2025-10-01T00:00:00Z"), Instant.parse("2025-12-01T00:00:00Z"));
    private static final Instant AT = Instant.parse("2025-11-15T10:00:00Z");

    /** Runs one fixture's work in the transaction the fixtures were made for. */
    interface Runner {
        <T> T run(Supplier<T> work);
    }

    private final EntityManager em;
    private final EditionRepository editions;
    private final FestivalEventRepository events;
    private final IndividualEntryRepository entries;
    private final Runner runner;

    private PostgresContractFixtures(EntityManager em, EditionRepository editions, FestivalEventRepository events,
                                     IndividualEntryRepository entries, Runner runner) {
        this.em = em;
        this.editions = editions;
        this.events = events;
        this.entries = entries;
        this.runner = runner;
    }

    /** Fixtures inside the contract's rolled-back transaction ({@link ContractTransaction}). */
    static PostgresContractFixtures rolledBack(EntityManager em, EditionRepository editions,
                                               FestivalEventRepository events, IndividualEntryRepository entries) {
        return new PostgresContractFixtures(em, editions, events, entries, new Runner() {
            @Override
            public <T> T run(Supplier<T> work) {
                ContractTransaction.ensure(em);
                return work.get();
            }
        });
    }

    /** Fixtures that commit each row in a transaction of its own. */
    static PostgresContractFixtures committed(EntityManager em, EditionRepository editions,
                                              FestivalEventRepository events, IndividualEntryRepository entries) {
        return new PostgresContractFixtures(em, editions, events, entries, new Runner() {
            @Override
            public <T> T run(Supplier<T> work) {
                return QuarkusTransaction.requiringNew().call(work::get);
            }
        });
    }

    @Override
    public void givenEdition(EditionYear year) {
        runner.run(() -> {
            if (editions.findByYear(year).isEmpty()) {
                editions.create(new Edition(year, FestivalRules.defaults2026(), WINDOW));
            }
            return null;
        });
    }

    @Override
    public FestivalEvent givenEvent(EditionYear year, String name, EventKind kind) {
        givenEdition(year);
        return runner.run(() -> {
            Set<ShortCode> taken = new HashSet<>();
            events.findByEdition(year).forEach(event -> taken.add(event.shortCode()));
            Optional<TeamFormat> format = kind == EventKind.GROUP
                    ? Optional.of(new TeamFormat(2, 5, 1))
                    : Optional.empty();
            return events.create(new NewFestivalEvent(year, name, kind, EventCategory.MUSIC, Optional.empty(),
                    Optional.empty(), false, true, new ShortCodePolicy().defaultFor(name, taken), format));
        });
    }

    /**
     * A district of exactly that name. One that other tests committed under the same name (the districts
     * import makes KOTTAYAM) is renamed first, inside the rolled-back transaction, so the contract sees only
     * its own.
     */
    @Override
    public DistrictId givenDistrict(String name) {
        return runner.run(() -> {
            em.createNativeQuery("UPDATE districts SET name = name || ' (hidden by a contract test) ' || id"
                            + " WHERE upper(name) = upper(?1)")
                    .setParameter(1, name).executeUpdate();
            return DistrictId.of(id(em.createNativeQuery("INSERT INTO districts (name) VALUES (?1) RETURNING id")
                    .setParameter(1, name).getSingleResult()));
        });
    }

    @Override
    public UnitId givenUnit(DistrictId district, String name) {
        return runner.run(() -> UnitId.of(id(em.createNativeQuery(
                        "INSERT INTO units (district_id, name) VALUES (?1, ?2) RETURNING id")
                .setParameter(1, district.value()).setParameter(2, name).getSingleResult())));
    }

    @Override
    public MemberId givenMember(UnitId unit, String name) {
        String phone = "9" + String.format(Locale.ROOT, "%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return runner.run(() -> MemberId.of(id(em.createNativeQuery("""
                        INSERT INTO members (unit_id, name, gender, date_of_birth, phone)
                        VALUES (?1, ?2, 'F', ?3, ?4) RETURNING id""")
                .setParameter(1, unit.value()).setParameter(2, name).setParameter(3, LocalDate.of(2000, 1, 1))
                .setParameter(4, phone).getSingleResult())));
    }

    /**
     * A judge's account with the next id after the highest: other tests insert accounts with ids of their own
     * (imports), so the table's sequence may lag behind them.
     */
    @Override
    public AccountId givenJudge(String username) {
        return runner.run(() -> AccountId.of(id(em.createNativeQuery("""
                        INSERT INTO accounts (id, username, display_name, password_hash, role)
                        SELECT coalesce(max(id), 0) + 1, ?1, ?1, 'not a hash: nobody signs in as a contract fixture',
                               'JUDGE'
                        FROM accounts RETURNING id""")
                .setParameter(1, username + "-" + ThreadLocalRandom.current().nextInt(1_000_000))
                .getSingleResult())));
    }

    @Override
    public IndividualEntryId givenIndividualEntry(EditionYear year, FestivalEvent event, MemberId member,
                                                  DistrictId district, Seniority seniority) {
        return runner.run(() -> entries.create(new NewIndividualEntry(year, event.id(), member, district, seniority,
                AccountId.of(1), AT)));
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
