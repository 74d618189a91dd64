package org.kalamela.application.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.application.identity.fakes.InMemoryAccountRepository;
import org.kalamela.application.migration.LegacySource.DistrictRow;
import org.kalamela.application.migration.LegacySource.MemberRow;
import org.kalamela.application.migration.LegacySource.UnitRow;
import org.kalamela.application.migration.LegacySource.UserRow;
import org.kalamela.application.migration.fakes.InMemoryLegacyIdMap;
import org.kalamela.application.migration.registry.DistrictsImport;
import org.kalamela.application.migration.registry.MembersImport;
import org.kalamela.application.migration.registry.UnitsImport;
import org.kalamela.application.migration.registry.UsersImport;
import org.kalamela.application.registry.fakes.InMemoryDistrictRepository;
import org.kalamela.application.registry.fakes.InMemoryMemberRepository;
import org.kalamela.application.registry.fakes.InMemoryUnitNameRepository;
import org.kalamela.application.registry.fakes.RegistryMemory;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The registry's table imports on the in-memory fakes: what is kept, what is skipped and why, and that a second
 * pass over the same id map imports nothing.
 */
class LegacyRegistryImportTest {

    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final String HASH = "pbkdf2_sha256$100000$salt$aGFzaA==";

    private final RegistryMemory memory = new RegistryMemory();
    private final InMemoryDistrictRepository districts = new InMemoryDistrictRepository(memory);
    private final InMemoryUnitNameRepository units = new InMemoryUnitNameRepository(memory);
    private final InMemoryMemberRepository members = new InMemoryMemberRepository(memory);
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemoryLegacyIdMap idMap = new InMemoryLegacyIdMap();
    private final LegacyRun run = new LegacyRun(new Edition(EditionYear.of(2026), FestivalRules.defaults2026(),
            new RegistrationWindow(NOW, NOW.plusSeconds(3600))), AccountId.of(1), "tester", NOW);

    private final LegacySnapshot snapshot = snapshot(
            List.of(new DistrictRow(1, "Kollam"), new DistrictRow(2, " ")),
            List.of(new UnitRow(10, 1L, "St. Thomas"), new UnitRow(11, 9L, "Lost")),
            List.of(user(3, "LK/001", 2, 10L, "9400000003"), user(4, "LK/002", 2, 10L, "9400000004"),
                    user(5, "lk.official", 3, null, "94000 00003"), user(6, "odd", 7, null, null)),
            List.of(member(101, 3L, "F", LocalDate.of(2008, 1, 1), "9500000101"),
                    member(102, 3L, "X", LocalDate.of(2008, 1, 1), "9500000102"),
                    member(103, 3L, "M", null, "9500000103"),
                    member(104, 3L, "M", LocalDate.of(2008, 1, 1), "+91 95000 00101"),
                    member(105, 4L, "M", LocalDate.of(2008, 1, 1), "9500000105")));

    private static UserRow user(long id, String username, int type, Long unit, String phone) {
        return new UserRow(id, username, HASH, "", "First", "Last", phone, type, unit, type == 3 ? 1L : null, true,
                NOW, null, null);
    }

    private static MemberRow member(long id, Long user, String gender, LocalDate born, String phone) {
        return new MemberRow(id, user, "Member " + id, gender, born, phone, null, null);
    }

    private static LegacySnapshot snapshot(List<DistrictRow> districts, List<UnitRow> units, List<UserRow> users,
                                           List<MemberRow> members) {
        return new LegacySnapshot(districts, units, users, List.of(), List.of(), members, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(),
                Map.copyOf(users.stream().collect(java.util.stream.Collectors.toMap(UserRow::id, u -> u))),
                Map.copyOf(units.stream().collect(java.util.stream.Collectors.toMap(UnitRow::id, u -> u))),
                Map.copyOf(members.stream().collect(java.util.stream.Collectors.toMap(MemberRow::id, m -> m))),
                Map.of());
    }

    private <I> LegacyImportReport.Tally load(TableImport<I> tableImport) {
        ImportBatch batch = new ImportBatch(tableImport.table(), snapshot, run, idMap);
        tableImport.items(snapshot).forEach(item -> tableImport.load(item, batch));
        idMap.remember(tableImport.table(), batch.importedNow());
        return batch.tally();
    }

    private List<LegacyImportReport.Tally> importAll() {
        return List.of(load(new DistrictsImport(districts)), load(new UnitsImport(units)),
                load(new UsersImport(accounts, units)), load(new MembersImport(members)));
    }

    private static LegacyImportReport report(List<LegacyImportReport.Tally> tallies) {
        LegacyImportReport report = new LegacyImportReport(false);
        tallies.forEach(report::add);
        return report;
    }

    @Test
    void whatTheNewModelCanHoldIsImportedAndTheRestIsReported() {
        LegacyImportReport report = report(importAll());

        assertThat(report.counts(LegacyTable.DISTRICTS).imported()).isEqualTo(1);
        assertThat(report.counts(LegacyTable.UNITS).imported()).isEqualTo(1);
        assertThat(report.counts(LegacyTable.USERS).imported()).isEqualTo(2);
        assertThat(report.counts(LegacyTable.MEMBERS).imported()).isEqualTo(1);
        assertThat(report.skippedRows()).extracting(LegacyImportReport.Row::legacyId, LegacyImportReport.Row::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "the district has no name"),
                        org.assertj.core.groups.Tuple.tuple(11L, "orphan: district 9 was not imported"),
                        org.assertj.core.groups.Tuple.tuple(4L, "unit 10 already has a unit account"),
                        org.assertj.core.groups.Tuple.tuple(6L, "unknown user_type 7"),
                        org.assertj.core.groups.Tuple.tuple(102L, "unknown gender 'X'"),
                        org.assertj.core.groups.Tuple.tuple(103L, "invalid date of birth null"),
                        org.assertj.core.groups.Tuple.tuple(104L, "duplicate phone 9500000101 (member "
                                + members.findByPhone(new org.kalamela.domain.shared.value.PhoneNumber("9500000101"))
                                .orElseThrow().id() + " has it)"),
                        org.assertj.core.groups.Tuple.tuple(105L, "orphan: unit account 4 was not imported"));
        assertThat(report.notes()).extracting(LegacyImportReport.Row::text)
                .contains("phone 9400000003 is already another account's: dropped");
        var official = accounts.findByLogin("lk.official").orElseThrow();
        assertThat(official.role()).isEqualTo(Role.DISTRICT_OFFICIAL);
        assertThat(official.phone()).isNull();
        assertThat(accounts.findByLogin("LK/001").orElseThrow().passwordHash()).isEqualTo(HASH);
    }

    @Test
    void aSecondPassImportsNothingAndSkipsTheSameRows() {
        LegacyImportReport first = report(importAll());
        LegacyImportReport second = report(importAll());

        for (LegacyTable table : List.of(LegacyTable.DISTRICTS, LegacyTable.UNITS, LegacyTable.USERS,
                LegacyTable.MEMBERS)) {
            assertThat(second.counts(table).imported()).as(table.name()).isZero();
            assertThat(second.counts(table).alreadyImported()).as(table.name())
                    .isEqualTo(first.counts(table).imported());
            assertThat(second.counts(table).skipped()).as(table.name()).isEqualTo(first.counts(table).skipped());
        }
    }
}
