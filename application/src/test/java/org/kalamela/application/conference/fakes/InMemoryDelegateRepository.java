package org.kalamela.application.conference.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateNeeds;
import org.kalamela.domain.conference.delegate.DelegateRepository;
import org.kalamela.domain.conference.delegate.NewDelegate;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/** In-memory {@link DelegateRepository}; refuses a member twice per conference as the unique key does. */
public final class InMemoryDelegateRepository implements DelegateRepository {

    private final Map<DelegateId, Delegate> rows = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Delegate add(NewDelegate delegate) {
        if (isDelegate(delegate.conferenceId(), delegate.memberId())) {
            throw new RuleViolation(ErrorCode.ALREADY_DELEGATE, "Member " + delegate.memberId()
                    + " is already a delegate of conference " + delegate.conferenceId());
        }
        Delegate added = delegate.withId(DelegateId.of(++lastId));
        rows.put(added.id(), added);
        return added;
    }

    @Override
    public synchronized Optional<Delegate> findById(DelegateId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized List<Delegate> findByDistrict(ConferenceId conference, DistrictId district) {
        return rows.values().stream()
                .filter(d -> d.conferenceId().equals(conference) && d.districtId().equals(district))
                .sorted(Comparator.comparing((Delegate d) -> d.kind() != DelegateKind.OFFICIAL)
                        .thenComparing(d -> d.id().value()))
                .toList();
    }

    @Override
    public synchronized int count(ConferenceId conference, DistrictId district, DelegateKind kind) {
        return (int) rows.values().stream().filter(d -> d.conferenceId().equals(conference)
                && d.districtId().equals(district) && d.kind() == kind).count();
    }

    @Override
    public synchronized boolean isDelegate(ConferenceId conference, MemberId member) {
        return rows.values().stream().anyMatch(d -> d.conferenceId().equals(conference) && d.memberId().equals(member));
    }

    @Override
    public synchronized boolean existsForConference(ConferenceId conference) {
        return rows.values().stream().anyMatch(d -> d.conferenceId().equals(conference));
    }

    @Override
    public synchronized void updateNeeds(DelegateId id, DelegateNeeds needs) {
        rows.computeIfPresent(id, (key, delegate) -> delegate.withNeeds(needs));
    }

    @Override
    public synchronized void delete(DelegateId id) {
        rows.remove(id);
    }

    /** Every stored delegate, for the fake readers. */
    synchronized List<Delegate> all() {
        return new ArrayList<>(rows.values());
    }
}
