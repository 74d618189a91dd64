package org.kalamela.application.festival.exclusion;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.eligibility.FestivalMemberDirectory;
import org.kalamela.domain.festival.exclusion.Exclusion;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.festival.exclusion.ExclusionPolicy;
import org.kalamela.domain.festival.exclusion.ExclusionRepository;
import org.kalamela.domain.festival.exclusion.NewExclusion;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin excludes a member from the current edition, with a reason: the member can no longer be entered
 * in any event or team. Entries made before stay until removed; audited.
 */
@UseCase
public class ExcludeMember {

    private final ExclusionRepository exclusions;
    private final FestivalMemberDirectory members;
    private final CurrentEdition editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ExcludeMember(ExclusionRepository exclusions, FestivalMemberDirectory members, CurrentEdition editions,
                         AuditLog audit, Clock clock) {
        this.exclusions = exclusions;
        this.members = members;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(MemberId memberId, String reason) {
    }

    /** @throws RuleViolation {@code ALREADY_EXCLUDED} */
    @Transactional
    public Exclusion execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation().required(command.memberId(), "memberId").throwIfInvalid();
        EditionYear edition = editions.require().year();
        NewExclusion exclusion = new NewExclusion(edition, command.memberId(), command.reason(), actor.accountId(),
                clock.instant());
        if (members.find(edition, command.memberId()).isEmpty()) {
            throw new NotFound("Member", command.memberId());
        }
        ExclusionPolicy.checkNew(exclusion, exclusions.findByMember(edition, command.memberId()).isPresent());
        ExclusionId id = exclusions.create(exclusion);
        audit.record(AuditEntry.by(actor, "MEMBER_EXCLUDED", "member", command.memberId(), clock.instant(), Map.of(
                "edition", edition.toString(), "exclusionId", id.toString(), "reason", exclusion.reason())));
        return exclusion.withId(id);
    }
}
