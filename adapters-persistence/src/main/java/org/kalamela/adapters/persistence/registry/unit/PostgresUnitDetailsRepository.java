package org.kalamela.adapters.persistence.registry.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.domain.registry.unit.UnitDetails;
import org.kalamela.domain.registry.unit.UnitDetailsRepository;
import org.kalamela.domain.shared.id.UnitId;

@ApplicationScoped
public class PostgresUnitDetailsRepository implements UnitDetailsRepository {

    private final UnitDetailsPanacheRepository unitDetails;

    @Inject
    PostgresUnitDetailsRepository(UnitDetailsPanacheRepository unitDetails) {
        this.unitDetails = unitDetails;
    }

    @Override
    public Optional<UnitDetails> findByUnit(UnitId unit) {
        return unitDetails.findByIdOptional(unit.value())
                .map(UnitDetailsMapper::toDomain);
    }

    @Override
    public void save(UnitDetails details) {
        UnitDetailsEntity entity = unitDetails.findByIdOptional(details.unitId().value()).orElse(null);
        if (entity == null) {
            unitDetails.persist(UnitDetailsMapper.toEntity(details));
        } else {
            UnitDetailsMapper.copy(details, entity);
        }
    }
}
