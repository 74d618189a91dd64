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
                .map(e -> new UnitDetails(UnitId.of(e.unitId), e.registrationYear, e.memberCount));
    }

    @Override
    public void save(UnitDetails details) {
        UnitDetailsEntity entity = unitDetails.findByIdOptional(details.unitId().value()).orElse(null);
        boolean isNew = entity == null;
        if (isNew) {
            entity = new UnitDetailsEntity();
            entity.unitId = details.unitId().value();
        }
        entity.registrationYear = details.registrationYear();
        entity.memberCount = details.memberCount();
        if (isNew) {
            unitDetails.persist(entity);
        }
    }
}
