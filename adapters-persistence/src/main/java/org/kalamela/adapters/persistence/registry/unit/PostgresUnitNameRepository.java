package org.kalamela.adapters.persistence.registry.unit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

@ApplicationScoped
public class PostgresUnitNameRepository implements UnitNameRepository {

    private final UnitNamePanacheRepository units;

    @Inject
    PostgresUnitNameRepository(UnitNamePanacheRepository units) {
        this.units = units;
    }

    @Override
    public UnitName create(DistrictId district, String name) {
        UnitNameEntity entity = UnitNameMapper.toEntity(district, name);
        return SchemaConstraints.translating(() -> {
            units.persist(entity);
            units.flush();
            return UnitNameMapper.toDomain(entity);
        });
    }

    @Override
    public Optional<UnitName> findById(UnitId id) {
        return units.findByIdOptional(id.value()).map(UnitNameMapper::toDomain);
    }

    /** Compares as the unique index {@code units_district_name_uq} does. */
    @Override
    public Optional<UnitName> findByName(DistrictId district, String name) {
        return units.find("districtId = ?1 and upper(name) = upper(?2)", district.value(), Names.require(name, "name"))
                .firstResultOptional().map(UnitNameMapper::toDomain);
    }

    @Override
    public List<UnitName> findByDistrict(DistrictId district) {
        return units.list("districtId", Sort.by("name").and("id"), district.value()).stream()
                .map(UnitNameMapper::toDomain).toList();
    }

    @Override
    public void update(UnitName unit) {
        UnitNameEntity entity = units.findByIdOptional(unit.id().value())
                .orElseThrow(() -> new IllegalStateException("no unit " + unit.id()));
        UnitNameMapper.copy(unit, entity);
        SchemaConstraints.translating(() -> {
            units.flush();
            return null;
        });
    }

    @Override
    public boolean hasData(UnitId id) {
        return units.getEntityManager().createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM unit_registrations WHERE unit_id = ?1)
                            OR EXISTS (SELECT 1 FROM accounts WHERE unit_id = ?1)
                            OR EXISTS (SELECT 1 FROM members WHERE unit_id = ?1)""", Boolean.class)
                .setParameter(1, id.value())
                .getSingleResult().equals(Boolean.TRUE);
    }

    @Override
    public void delete(UnitId id) {
        SchemaConstraints.deleting(() -> {
            units.deleteById(id.value());
            units.flush();
        }, () -> new RuleViolation(ErrorCode.UNIT_HAS_DATA, "The unit has data; deactivate it instead"));
    }
}
