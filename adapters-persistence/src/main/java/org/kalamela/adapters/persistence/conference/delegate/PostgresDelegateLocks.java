package org.kalamela.adapters.persistence.conference.delegate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.adapters.persistence.festival.AdvisoryLockKey;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.DelegateLocks;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * A district's delegates of a conference locked with {@code pg_advisory_xact_lock}, keyed as the festival's
 * scopes are ({@link AdvisoryLockKey}): held until the calling use case's transaction ends, exclusive across
 * every instance (docs/architecture.md, ADR-7, lists the scope).
 */
@ApplicationScoped
public class PostgresDelegateLocks implements DelegateLocks {

    private final EntityManager em;

    @Inject
    public PostgresDelegateLocks(EntityManager em) {
        this.em = em;
    }

    /** {@code conference/<id>/district/<id>/delegates} */
    public static AdvisoryLockKey districtDelegates(ConferenceId conference, DistrictId district) {
        return AdvisoryLockKey.of("conference/" + conference + "/district/" + district + "/delegates");
    }

    @Override
    public void lockDistrict(ConferenceId conference, DistrictId district) {
        districtDelegates(conference, district).acquire(em);
    }
}
