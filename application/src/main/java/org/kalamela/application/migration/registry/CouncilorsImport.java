package org.kalamela.application.migration.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.CouncilorRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.officials.Councilor;
import org.kalamela.domain.registry.officials.CouncilorRepository;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Councilors, one item per unit account: the new model stores a unit's councilors as one list, so the rows of a
 * unit are loaded together, added after the councilors the unit already has. A councilor whose member was not
 * imported, or is of another unit, is skipped.
 */
@ApplicationScoped
public class CouncilorsImport implements TableImport<List<CouncilorRow>> {

    private final CouncilorRepository councilors;
    private final MemberRepository members;

    @Inject
    public CouncilorsImport(CouncilorRepository councilors, MemberRepository members) {
        this.councilors = councilors;
        this.members = members;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.UNIT_COUNCILORS;
    }

    @Override
    public List<List<CouncilorRow>> items(LegacySnapshot snapshot) {
        Map<Long, List<CouncilorRow>> byUser = new LinkedHashMap<>();
        snapshot.councilors().stream().sorted(Comparator.comparingLong(CouncilorRow::id))
                .forEach(row -> byUser.computeIfAbsent(row.userId() == null ? -row.id() : row.userId(),
                        user -> new ArrayList<>()).add(row));
        return List.copyOf(byUser.values());
    }

    @Override
    public long id(List<CouncilorRow> item) {
        return item.get(0).id();
    }

    @Override
    public int rows(List<CouncilorRow> item) {
        return item.size();
    }

    @Override
    public void load(List<CouncilorRow> rows, ImportBatch batch) {
        List<CouncilorRow> pending = rows.stream().filter(row -> !batch.importedBefore(row.id())).toList();
        if (pending.isEmpty()) {
            return;
        }
        Optional<UnitId> unit = UnitOfUser.find(pending.get(0).userId(), pending.get(0).id(), batch);
        if (unit.isEmpty()) {
            pending.stream().skip(1).forEach(row -> batch.skipped(row.id(), "orphan: unit account "
                    + row.userId() + " was not imported"));
            return;
        }
        List<MemberId> chosen = new ArrayList<>(councilors.findByUnit(unit.get()).stream()
                .map(Councilor::memberId).toList());
        Map<Long, Long> added = new LinkedHashMap<>();
        for (CouncilorRow row : pending) {
            Optional<MemberId> member = batch.newId(LegacyTable.MEMBERS, row.memberId()).map(MemberId::of);
            if (member.isEmpty()) {
                batch.skipped(row.id(), "orphan: member " + row.memberId() + " was not imported");
            } else if (!members.findById(member.get()).map(m -> m.unitId().equals(unit.get())).orElse(false)) {
                batch.skipped(row.id(), "member " + row.memberId() + " is not of the councilor's unit");
            } else if (chosen.contains(member.get())) {
                batch.skipped(row.id(), "member " + row.memberId() + " is already a councilor of the unit");
            } else {
                chosen.add(member.get());
                added.put(row.id(), member.get().value());
            }
        }
        if (!added.isEmpty()) {
            councilors.replace(unit.get(), chosen);
            added.forEach(batch::imported);
        }
    }
}
