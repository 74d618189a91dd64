package org.kalamela.application.registry.member;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.Changes;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.MemberId;

/**
 * The admin edits any member, in any state of the unit's registration and even with festival entries
 * (the one way to correct a name, gender or date of birth after entries). The same field checks apply;
 * the audit log keeps every changed field's old and new value.
 */
@UseCase
public class AdminEditMember {

    private final MemberRepository members;
    private final MemberChecks checks;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AdminEditMember(MemberRepository members, RegistryRules rules, AuditLog audit, Clock clock) {
        this.members = members;
        this.checks = new MemberChecks(members, rules);
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(MemberId memberId, MemberForm form) {
    }

    @Transactional
    public Member execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        if (command.memberId() == null) {
            throw new NotFound("member", null);
        }
        Member member = members.findById(command.memberId())
                .orElseThrow(() -> new NotFound("member", command.memberId()));
        MemberDetails details = checks.details(command.form(), LocalDate.now(clock));
        checks.unique(member.unitId(), details, member.id());
        Member edited = member.withDetails(details);
        members.update(edited);
        Map<String, String> changes = Changes.between(member.details(), details);
        audit.record(AuditEntry.by(actor, "MEMBER_EDITED_BY_ADMIN", "member", member.id(), clock.instant(), changes));
        return edited;
    }
}
