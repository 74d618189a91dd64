package org.kalamela.adapters.persistence.festival.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache's queries on {@code stages}, for {@link PostgresStageRepository} alone. */
@ApplicationScoped
class StagePanacheRepository implements PanacheRepositoryBase<StageEntity, Long> {
}
