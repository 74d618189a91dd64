package org.kalamela.application.festival.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;
import org.kalamela.domain.festival.chest.UnnumberedParticipant;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.MemberId;

/**
 * The issued chest numbers in memory, one row per number ever issued, with the database's keys: the
 * number is issued once per edition, a member has one current number per edition.
 */
public final class InMemoryChestNumberRegistry implements ChestNumberRegistry {

    private record Issued(EditionYear edition, ChestNumber number, MemberId member, boolean current) {
    }

    private record Key(EditionYear edition, ChestNumber number) {
    }

    private final Map<Key, Issued> issued = new LinkedHashMap<>();
    private final RegistryTables registry;
    private final InMemoryIndividualEntryRepository entries;

    public InMemoryChestNumberRegistry(RegistryTables registry, InMemoryIndividualEntryRepository entries) {
        this.registry = registry;
        this.entries = entries;
    }

    @Override
    public synchronized Optional<ChestNumber> find(EditionYear edition, MemberId member) {
        return currentRow(edition, member).map(Issued::number);
    }

    @Override
    public synchronized Optional<MemberId> issuedTo(EditionYear edition, ChestNumber number) {
        return Optional.ofNullable(issued.get(new Key(edition, number))).map(Issued::member);
    }

    @Override
    public synchronized void issue(EditionYear edition, MemberId member, ChestNumber number) {
        if (!issueIfFree(edition, member, number)) {
            throw new RuleViolation(ErrorCode.CHEST_NUMBER_TAKEN, "Chest number " + number + " is already given");
        }
    }

    @Override
    public synchronized boolean issueIfFree(EditionYear edition, MemberId member, ChestNumber number) {
        if (issued.containsKey(new Key(edition, number))) {
            return false;
        }
        if (currentRow(edition, member).isPresent()) {
            throw new RuleViolation(ErrorCode.MEMBER_ALREADY_NUMBERED, "Member " + member + " already has a chest number");
        }
        issued.put(new Key(edition, number), new Issued(edition, number, member, true));
        return true;
    }

    @Override
    public synchronized void replace(EditionYear edition, MemberId member, ChestNumber number) {
        Issued current = currentRow(edition, member)
                .orElseThrow(() -> new IllegalStateException("member " + member + " has no chest number"));
        Issued previous = issued.get(new Key(edition, number));
        if (previous != null && !previous.member().equals(member)) {
            throw new RuleViolation(ErrorCode.CHEST_NUMBER_TAKEN, "Chest number " + number + " is already given");
        }
        issued.put(new Key(edition, current.number()), new Issued(edition, current.number(), member, false));
        issued.put(new Key(edition, number), new Issued(edition, number, member, true));
    }

    @Override
    public synchronized List<UnnumberedParticipant> unnumbered(EditionYear edition) {
        Map<MemberId, IndividualEntry> earliest = new LinkedHashMap<>();
        for (IndividualEntry entry : entries.all()) {
            if (entry.edition().equals(edition) && currentRow(edition, entry.memberId()).isEmpty()) {
                earliest.putIfAbsent(entry.memberId(), entry);
            }
        }
        List<UnnumberedParticipant> members = new ArrayList<>();
        earliest.values().forEach(entry -> members.add(new UnnumberedParticipant(entry.memberId(), entry.seniority())));
        members.sort(Comparator.comparing(UnnumberedParticipant::memberId, registry.byDistrictUnitName()));
        return members;
    }

    /** The current number of every member holding one in the edition. */
    public synchronized Map<MemberId, ChestNumber> currentNumbers(EditionYear edition) {
        Map<MemberId, ChestNumber> numbers = new LinkedHashMap<>();
        issued.values().stream()
                .filter(row -> row.edition().equals(edition) && row.current())
                .forEach(row -> numbers.put(row.member(), row.number()));
        return numbers;
    }

    private Optional<Issued> currentRow(EditionYear edition, MemberId member) {
        return issued.values().stream()
                .filter(row -> row.edition().equals(edition) && row.member().equals(member) && row.current())
                .findFirst();
    }
}
