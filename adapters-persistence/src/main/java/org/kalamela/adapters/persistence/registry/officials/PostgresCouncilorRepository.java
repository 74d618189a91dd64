package org.kalamela.adapters.persistence.registry.officials;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.domain.registry.officials.Councilor;
import org.kalamela.domain.registry.officials.CouncilorRepository;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Councilors in the order chosen. A new choice is reconciled with the stored one row by row (kept members
 * are renumbered, dropped ones removed, new ones added) rather than deleted and re-inserted in bulk, so the
 * persistence context never holds a stale row for a member chosen again.
 */
@ApplicationScoped
public class PostgresCouncilorRepository implements CouncilorRepository {

    private final CouncilorPanacheRepository councilors;

    @Inject
    PostgresCouncilorRepository(CouncilorPanacheRepository councilors) {
        this.councilors = councilors;
    }

    @Override
    public List<Councilor> findByUnit(UnitId unit) {
        return councilors.list("unitId", Sort.by("position"), unit.value()).stream()
                .map(CouncilorMapper::toDomain).toList();
    }

    @Override
    public void replace(UnitId unit, List<MemberId> members) {
        Map<Long, CouncilorEntity> stored = new HashMap<>();
        councilors.list("unitId", unit.value()).forEach(e -> stored.put(e.memberId, e));
        for (int position = 0; position < members.size(); position++) {
            CouncilorEntity row = stored.remove(members.get(position).value());
            if (row == null) {
                councilors.persist(CouncilorMapper.toEntity(unit, members.get(position), position));
            } else {
                row.position = position;
            }
        }
        stored.values().forEach(councilors::delete);
        councilors.flush();
    }

    @Override
    public void removeMember(MemberId member) {
        councilors.findByIdOptional(member.value()).ifPresent(councilors::delete);
        councilors.flush();
    }
}
