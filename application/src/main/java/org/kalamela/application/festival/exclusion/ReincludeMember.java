package org.kalamela.application.festival.exclusion;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.exclusion.Exclusion;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.festival.exclusion.ExclusionRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;

/** The admin ends an exclusion: the member may be entered again. Audited. */
@UseCase
public class ReincludeMember {

    private final ExclusionRepository exclusions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ReincludeMember(ExclusionRepository exclusions, AuditLog audit, Clock clock) {
        this.exclusions = exclusions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void execute(ExclusionId exclusionId, Actor actor) {
        actor.require(Role.ADMIN);
        Exclusion exclusion = exclusions.findById(exclusionId)
                .orElseThrow(() -> new NotFound("Exclusion", exclusionId));
        exclusions.delete(exclusion.id());
        audit.record(AuditEntry.by(actor, "MEMBER_REINCLUDED", "member", exclusion.memberId(), clock.instant(),
                Map.of("edition", exclusion.edition().toString(), "exclusionId", exclusion.id().toString())));
    }
}
