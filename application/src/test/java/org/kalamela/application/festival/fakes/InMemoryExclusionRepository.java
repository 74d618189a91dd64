package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kalamela.application.festival.query.ExclusionListReader;
import org.kalamela.application.festival.query.ExclusionRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.exclusion.Exclusion;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.festival.exclusion.ExclusionRepository;
import org.kalamela.domain.festival.exclusion.NewExclusion;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The exclusions in memory, with the unique key {@code (edition, member)}; names come from the registry. */
public final class InMemoryExclusionRepository implements ExclusionRepository, ExclusionListReader {

    private final Map<ExclusionId, Exclusion> exclusions = new TreeMap<>(Comparator.comparingLong(ExclusionId::value));
    private final RegistryTables registry;
    private long lastId;

    public InMemoryExclusionRepository(RegistryTables registry) {
        this.registry = registry;
    }

    @Override
    public synchronized ExclusionId create(NewExclusion exclusion) {
        if (findByMember(exclusion.edition(), exclusion.memberId()).isPresent()) {
            throw new RuleViolation(ErrorCode.ALREADY_EXCLUDED, "Member " + exclusion.memberId() + " is already excluded");
        }
        ExclusionId id = ExclusionId.of(++lastId);
        exclusions.put(id, exclusion.withId(id));
        return id;
    }

    @Override
    public synchronized Optional<Exclusion> findById(ExclusionId id) {
        return Optional.ofNullable(exclusions.get(id));
    }

    @Override
    public synchronized Optional<Exclusion> findByMember(EditionYear edition, MemberId member) {
        return exclusions.values().stream()
                .filter(exclusion -> exclusion.edition().equals(edition) && exclusion.memberId().equals(member))
                .findFirst();
    }

    @Override
    public synchronized void delete(ExclusionId id) {
        exclusions.remove(id);
    }

    @Override
    public synchronized Page<ExclusionRow> list(EditionYear edition, PageRequest page) {
        List<ExclusionRow> rows = exclusions.values().stream()
                .filter(exclusion -> exclusion.edition().equals(edition))
                .sorted(Comparator.comparing(Exclusion::memberId, registry.byDistrictUnitName()))
                .map(exclusion -> new ExclusionRow(exclusion.id(), exclusion.memberId(),
                        registry.nameOf(exclusion.memberId()), registry.unitOf(exclusion.memberId()).name(),
                        registry.districtOf(exclusion.memberId()).name(), exclusion.reason(), exclusion.excludedAt()))
                .toList();
        return Pages.of(rows, page);
    }
}
