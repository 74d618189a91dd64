package org.kalamela.application.shared.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditFilter;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.AuditRecord;
import org.kalamela.domain.shared.audit.AuditTrail;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * What every {@link AuditLog} with its {@link AuditTrail} does, run against the in-memory fake and PostgreSQL.
 * Each test writes under an actor name or action of its own and filters by it, so entries written by
 * anyone else sharing the database do not matter.
 *
 * <p>The tests are public so that a subclass in another package can override them: the {@code @QuarkusTest}
 * subclasses wrap each one in a rolled-back transaction by interception.
 */
public abstract class AuditTrailContract {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00.123456Z");

    /** Where entries are recorded. */
    protected abstract AuditLog auditLog();

    /** Where the same entries are read back. */
    protected abstract AuditTrail auditTrail();

    /** An account that exists, to act as the actor of entries. */
    protected abstract AccountId anActor();

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String actor = "actor-" + tag;
    private final String action = "CONTRACT_" + tag.toUpperCase();

    @Test
    public void anEntryIsReadBackAsRecorded() {
        AccountId actorId = anActor();
        AuditEntry entry = new AuditEntry(actorId, actor, "UNIT_APPROVED", "unit", "42", T,
                Map.of("from", "SUBMITTED", "to", "APPROVED"));

        auditLog().record(entry);

        Page<AuditRecord> page = byActor(new PageRequest(0, 10));
        assertThat(page.total()).isEqualTo(1);
        AuditRecord stored = page.items().get(0);
        assertThat(stored.id()).isPositive();
        assertThat(stored.entry()).isEqualTo(entry);
    }

    @Test
    public void anEntryNeedsNoActorTargetOrDetails() {
        AuditEntry entry = new AuditEntry(null, actor, "SIGN_IN_FAILED", null, null, T, Map.of());

        auditLog().record(entry);

        assertThat(byActor(new PageRequest(0, 10)).items()).extracting(AuditRecord::entry).containsExactly(entry);
    }

    @Test
    public void listsNewestFirstAndTheLaterRecordedFirstAtTheSameTime() {
        record(actor, action, T.plusSeconds(10), "b");
        record(actor, action, T, "old");
        record(actor, action, T.plusSeconds(20), "newest");
        record(actor, action, T.plusSeconds(10), "c");

        assertThat(targets(byActor(new PageRequest(0, 10)))).containsExactly("newest", "c", "b", "old");
    }

    @Test
    public void filtersByActorAndAction() {
        String otherActor = actor + "-other";
        record(actor, action, T, "mine");
        record(actor, action + "_OTHER", T, "other action");
        record(otherActor, action, T, "other actor");

        assertThat(targets(find(new AuditFilter(actor, action, null, null), new PageRequest(0, 10))))
                .containsExactly("mine");
        assertThat(targets(find(new AuditFilter(null, action, null, null), new PageRequest(0, 10))))
                .containsExactlyInAnyOrder("mine", "other actor");
        assertThat(targets(find(new AuditFilter(otherActor, null, null, null), new PageRequest(0, 10))))
                .containsExactly("other actor");
    }

    @Test
    public void filtersByTimeFromInclusiveToExclusive() {
        record(actor, action, T.minusNanos(1000), "before");
        record(actor, action, T, "at from");
        record(actor, action, T.plusSeconds(59), "inside");
        record(actor, action, T.plusSeconds(60), "at to");

        Page<AuditRecord> page = find(new AuditFilter(actor, null, T, T.plusSeconds(60)), new PageRequest(0, 10));

        assertThat(targets(page)).containsExactly("inside", "at from");
        assertThat(targets(find(new AuditFilter(actor, null, T.plusSeconds(1), null), new PageRequest(0, 10))))
                .containsExactly("at to", "inside");
        assertThat(targets(find(new AuditFilter(actor, null, null, T), new PageRequest(0, 10))))
                .containsExactly("before");
    }

    @Test
    public void pagesCountEveryMatchingEntry() {
        for (int i = 0; i < 5; i++) {
            record(actor, action, T.plusSeconds(i), "e" + i);
        }

        Page<AuditRecord> first = byActor(new PageRequest(0, 2));
        Page<AuditRecord> last = byActor(new PageRequest(2, 2));
        Page<AuditRecord> beyond = byActor(new PageRequest(3, 2));

        assertThat(targets(first)).containsExactly("e4", "e3");
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
        assertThat(targets(byActor(new PageRequest(1, 2)))).containsExactly("e2", "e1");
        assertThat(targets(last)).containsExactly("e0");
        assertThat(last.total()).isEqualTo(5);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    @Test
    public void nothingMatchingIsAnEmptyPage() {
        Page<AuditRecord> page = byActor(new PageRequest(0, 10));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    private void record(String actorName, String actionName, Instant at, String target) {
        auditLog().record(new AuditEntry(null, actorName, actionName, "contract", target, at, Map.of()));
    }

    private Page<AuditRecord> byActor(PageRequest page) {
        return find(new AuditFilter(actor, null, null, null), page);
    }

    private Page<AuditRecord> find(AuditFilter filter, PageRequest page) {
        return auditTrail().find(filter, page);
    }

    private static List<String> targets(Page<AuditRecord> page) {
        return page.items().stream().map(r -> r.entry().targetId()).toList();
    }
}
