package org.kalamela.adapters.persistence.conference.delegate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
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

/**
 * Delegates in {@code conference_delegates}, once per conference and member (the unique key
 * {@code conference_delegates_once}, checked first so that a refusal leaves the transaction usable).
 */
@ApplicationScoped
public class PostgresDelegateRepository implements DelegateRepository {

    private final DelegatePanacheRepository delegates;

    @Inject
    PostgresDelegateRepository(DelegatePanacheRepository delegates) {
        this.delegates = delegates;
    }

    @Override
    public Delegate add(NewDelegate delegate) {
        if (isDelegate(delegate.conferenceId(), delegate.memberId())) {
            throw new RuleViolation(ErrorCode.ALREADY_DELEGATE, "Member " + delegate.memberId()
                    + " is already a delegate of conference " + delegate.conferenceId());
        }
        DelegateEntity entity = DelegateMapper.toEntity(delegate);
        SchemaConstraints.writing(() -> {
            delegates.persist(entity);
            delegates.flush();
        });
        return DelegateMapper.toDomain(entity);
    }

    @Override
    public Optional<Delegate> findById(DelegateId id) {
        return delegates.findByIdOptional(id.value()).map(DelegateMapper::toDomain);
    }

    @Override
    public List<Delegate> findByDistrict(ConferenceId conference, DistrictId district) {
        return delegates.find("conferenceId = ?1 and districtId = ?2 order by kind desc, id", conference.value(),
                district.value()).stream().map(DelegateMapper::toDomain).toList();
    }

    @Override
    public int count(ConferenceId conference, DistrictId district, DelegateKind kind) {
        return (int) delegates.count("conferenceId = ?1 and districtId = ?2 and kind = ?3", conference.value(),
                district.value(), kind.name());
    }

    @Override
    public boolean isDelegate(ConferenceId conference, MemberId member) {
        return delegates.count("conferenceId = ?1 and memberId = ?2", conference.value(), member.value()) > 0;
    }

    @Override
    public boolean existsForConference(ConferenceId conference) {
        return delegates.count("conferenceId", conference.value()) > 0;
    }

    @Override
    public void updateNeeds(DelegateId id, DelegateNeeds needs) {
        delegates.findByIdOptional(id.value()).ifPresent(entity -> DelegateMapper.write(needs, entity));
        delegates.flush();
    }

    @Override
    public void delete(DelegateId id) {
        delegates.deleteById(id.value());
        delegates.flush();
    }
}
