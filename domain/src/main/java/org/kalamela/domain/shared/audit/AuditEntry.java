package org.kalamela.domain.shared.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.id.AccountId;

/**
 * One recorded action: who did what to which object, when, and a small map of what changed.
 * {@code actorId} is empty for actions without a signed-in actor (a failed sign-in, a public appeal).
 */
public record AuditEntry(
        AccountId actorId,
        String actorName,
        String action,
        String targetType,
        String targetId,
        Instant at,
        Map<String, String> details) {

    public AuditEntry {
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** An entry for an action by a signed-in actor. */
    public static AuditEntry by(Actor actor, String action, String targetType, Object targetId, Instant at,
                                Map<String, String> details) {
        return new AuditEntry(actor.accountId(), actor.username(), action, targetType,
                targetId == null ? null : targetId.toString(), at, details);
    }
}
