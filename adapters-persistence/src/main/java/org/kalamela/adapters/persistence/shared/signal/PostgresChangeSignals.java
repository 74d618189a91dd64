package org.kalamela.adapters.persistence.shared.signal;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;

/**
 * The change signals over PostgreSQL's LISTEN/NOTIFY (docs/architecture.md, ADR-20). V23's triggers call
 * {@code pg_notify('kalamela_changes', topic)} in the writing transaction, so a change is announced exactly
 * when it commits, and never when it rolls back. One {@link ChangeListener} per instance listens on a
 * connection of its own, outside the pool (a pooled connection would be handed to requests and could not
 * wait for notifications), and counts what it hears here.
 *
 * <p>The counts are only offered while the listener is sure to hear everything: it is connected and
 * listening, and its last heartbeat was answered within {@code kalamela.change-signals.stale-after}. A
 * connection that breaks is noticed at the latest then; until it is re-established, {@link #heard} is empty
 * and the caches ask the database at every request, as they would without signals.
 */
@ApplicationScoped
public class PostgresChangeSignals implements ChangeSignals {

    static final String CHANNEL = "kalamela_changes";
    private static final Logger LOG = Logger.getLogger(PostgresChangeSignals.class);

    private final Map<ChangeTopic, AtomicLong> counts = new EnumMap<>(ChangeTopic.class);
    private final Map<ChangeTopic, AtomicLong> writtenHere = new EnumMap<>(ChangeTopic.class);
    private final ChangeListener listener;
    private final long staleAfterNanos;
    private volatile boolean listening;
    private volatile long confirmedAt;

    @Inject
    public PostgresChangeSignals(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                                 @ConfigProperty(name = "quarkus.datasource.username") String user,
                                 @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                                 @ConfigProperty(name = "kalamela.change-signals.heartbeat",
                                         defaultValue = "PT0.25S") Duration heartbeat,
                                 @ConfigProperty(name = "kalamela.change-signals.stale-after",
                                         defaultValue = "PT1S") Duration staleAfter) {
        for (ChangeTopic topic : ChangeTopic.values()) {
            counts.put(topic, new AtomicLong());
            writtenHere.put(topic, new AtomicLong());
        }
        this.staleAfterNanos = staleAfter.toNanos();
        this.listener = new ChangeListener(url, user, password.orElse(""), heartbeat, this);
    }

    void start(@Observes StartupEvent event) {
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        listener.stop();
    }

    @Override
    public OptionalLong heard(ChangeTopic topic) {
        if (!listening || System.nanoTime() - confirmedAt > staleAfterNanos || TopicsWritten.writtenHere(topic)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(counts.get(topic).get() + writtenHere.get(topic).get());
    }

    /**
     * A transaction of this instance that wrote a topic's tables moves that topic's count when it ends (after its
     * commit, or its rollback), before the request that ran it answers. Its own notifications reach the listener
     * a moment later; counting the transaction itself closes that moment for this instance, so whoever wrote
     * through this instance reads their write here at once. What it wrote is told from its SQL
     * ({@link TopicsWritten}); until it ends, this thread is offered no count of those topics, so it reads its
     * own writes from the database and no cache keeps them uncommitted. A transaction that wrote none of them
     * moves nothing: an entry leaves the cached edition and events in place.
     */
    void transactionEnded(@Observes @Destroyed(TransactionScoped.class) Object transaction) {
        for (ChangeTopic topic : TopicsWritten.takeAtEnd()) {
            writtenHere.get(topic).incrementAndGet();
        }
    }

    /**
     * The listener is listening again: whatever was committed while nobody listened was not heard, so every
     * count moves before the counts are offered, and every cache checks the database once more.
     */
    void listening(long confirmedAtNanos) {
        counts.values().forEach(AtomicLong::incrementAndGet);
        confirmedAt = confirmedAtNanos;
        listening = true;
        LOG.info("Listening for change signals");
    }

    /** A heartbeat sent at this time was answered, and every notification that came with it counted. */
    void confirmed(long sentAtNanos) {
        confirmedAt = sentAtNanos;
    }

    void lost(Exception cause) {
        if (listening) {
            LOG.warnf("Change signals lost (%s); public reads ask the database until the listener reconnects",
                    cause.toString());
        }
        listening = false;
    }

    /** A notification's payload: a topic's name; anything else on the channel is not ours and is ignored. */
    void heard(String payload) {
        for (ChangeTopic topic : ChangeTopic.values()) {
            if (topic.name().equals(payload)) {
                counts.get(topic).incrementAndGet();
                return;
            }
        }
        LOG.debugf("Ignored a change signal %s", payload);
    }
}
