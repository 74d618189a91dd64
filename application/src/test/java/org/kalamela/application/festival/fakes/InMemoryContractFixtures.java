package org.kalamela.application.festival.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.NewIndividualEntry;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.NewFestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.ShortCodePolicy;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/** The contract tests' rows, written into the fakes. */
public final class InMemoryContractFixtures implements FestivalContractFixtures {

    private static final Instant AT = Instant.parse("2025-11-15T10:00:00Z");
    private static final RegistrationWindow WINDOW =
            new RegistrationWindow(Instant.parse("2025-10-01T00:00:00Z"), Instant.parse("2025-12-01T00:00:00Z"));

    private final FestivalFakes fakes;
    private long lastAccount = 100;

    public InMemoryContractFixtures(FestivalFakes fakes) {
        this.fakes = fakes;
    }

    @Override
    public void givenEdition(EditionYear year) {
        if (fakes.editions.findByYear(year).isEmpty()) {
            fakes.editions.create(new Edition(year, FestivalRules.defaults2026(), WINDOW));
        }
    }

    @Override
    public FestivalEvent givenEvent(EditionYear year, String name, EventKind kind) {
        givenEdition(year);
        Set<ShortCode> taken = new HashSet<>();
        fakes.events.findByEdition(year).forEach(event -> taken.add(event.shortCode()));
        Optional<TeamFormat> format = kind == EventKind.GROUP ? Optional.of(new TeamFormat(2, 5, 1)) : Optional.empty();
        return fakes.events.create(new NewFestivalEvent(year, name, kind, EventCategory.MUSIC, Optional.empty(),
                Optional.empty(), false, true, new ShortCodePolicy().defaultFor(name, taken), format));
    }

    @Override
    public DistrictId givenDistrict(String name) {
        return fakes.registry.addDistrict(name);
    }

    @Override
    public UnitId givenUnit(DistrictId district, String name) {
        return fakes.registry.addUnit(district, name);
    }

    @Override
    public MemberId givenMember(UnitId unit, String name) {
        return fakes.registry.addMember(unit, name, Gender.F, LocalDate.of(2000, 1, 1));
    }

    @Override
    public AccountId givenJudge(String username) {
        return AccountId.of(++lastAccount);
    }

    @Override
    public IndividualEntryId givenIndividualEntry(EditionYear year, FestivalEvent event, MemberId member,
                                                  DistrictId district, Seniority seniority) {
        return fakes.entries.create(new NewIndividualEntry(year, event.id(), member, district, seniority,
                AccountId.of(1), AT));
    }
}
