package org.kalamela.adapters.persistence.registry.district;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;

@ApplicationScoped
public class PostgresDistrictRepository implements DistrictRepository {

    private final DistrictPanacheRepository districts;

    @Inject
    PostgresDistrictRepository(DistrictPanacheRepository districts) {
        this.districts = districts;
    }

    @Override
    public District create(String name, ConferenceLimits conferenceLimits) {
        DistrictEntity entity = DistrictMapper.toEntity(name, conferenceLimits);
        return SchemaConstraints.translating(() -> {
            districts.persist(entity);
            districts.flush();
            return DistrictMapper.toDomain(entity);
        });
    }

    @Override
    public Optional<District> findById(DistrictId id) {
        return districts.findByIdOptional(id.value()).map(DistrictMapper::toDomain);
    }

    /** Compares as the unique index {@code districts_name_uq} does. */
    @Override
    public Optional<District> findByName(String name) {
        return districts.find("upper(name) = upper(?1)", Names.require(name, "name")).firstResultOptional()
                .map(DistrictMapper::toDomain);
    }

    @Override
    public List<District> findAll() {
        return districts.listAll(Sort.by("name").and("id")).stream().map(DistrictMapper::toDomain).toList();
    }

    @Override
    public void update(District district) {
        DistrictEntity entity = districts.findByIdOptional(district.id().value())
                .orElseThrow(() -> new IllegalStateException("no district " + district.id()));
        DistrictMapper.copy(district, entity);
        SchemaConstraints.translating(() -> {
            districts.flush();
            return null;
        });
    }

    @Override
    public boolean hasData(DistrictId id) {
        return districts.getEntityManager().createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM units WHERE district_id = ?1)
                            OR EXISTS (SELECT 1 FROM accounts WHERE district_id = ?1)""", Boolean.class)
                .setParameter(1, id.value())
                .getSingleResult().equals(Boolean.TRUE);
    }

    @Override
    public void delete(DistrictId id) {
        SchemaConstraints.deleting(() -> {
            districts.deleteById(id.value());
            districts.flush();
        }, () -> new RuleViolation(ErrorCode.DISTRICT_HAS_DATA, "The district has data; deactivate it instead"));
    }
}
