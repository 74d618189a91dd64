package org.kalamela.domain.conference.delegate;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Outbound port: the delegates of the conferences. The counts decide the limits, so a use case reads them only
 * after {@link DelegateLocks#lockDistrict} in the same transaction; the store adds a unique key on
 * {@code (conference, member)}, so a member is a delegate once per conference whatever a bug in Java does.
 */
public interface DelegateRepository {

    /**
     * Stores a new delegate and returns it with its id.
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code ALREADY_DELEGATE} when the member is already
     *         a delegate of the conference (the unique key)
     */
    Delegate add(NewDelegate delegate);

    Optional<Delegate> findById(DelegateId id);

    /** The district's delegates of the conference, officials first, then by id. */
    List<Delegate> findByDistrict(ConferenceId conference, DistrictId district);

    /** The district's delegates of one kind: what that kind's limit counts. */
    int count(ConferenceId conference, DistrictId district, DelegateKind kind);

    /** Whether the member is a delegate of the conference, of any kind. */
    boolean isDelegate(ConferenceId conference, MemberId member);

    /** Whether the conference has any delegate (it is then deactivated, not deleted). */
    boolean existsForConference(ConferenceId conference);

    /** Stores the food preference and accommodation of an existing delegate. */
    void updateNeeds(DelegateId id, DelegateNeeds needs);

    /** Removes the delegate; removing a missing one does nothing. */
    void delete(DelegateId id);
}
