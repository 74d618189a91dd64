package org.kalamela.domain.conference.delegate;

import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Outbound port: an exclusive lock on a district's delegates of a conference, held until the surrounding
 * transaction ends, across every instance (PostgreSQL's {@code pg_advisory_xact_lock}). A use case takes it,
 * then counts, then writes, so parallel adds beyond the limit cannot both take the last place. One lock per
 * transaction, so no two wait for each other in a cycle.
 */
public interface DelegateLocks {

    void lockDistrict(ConferenceId conference, DistrictId district);
}
