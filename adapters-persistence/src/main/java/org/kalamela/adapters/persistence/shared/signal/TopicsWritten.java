package org.kalamela.adapters.persistence.shared.signal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kalamela.application.shared.signal.ChangeTopic;

/**
 * The topics the transaction running on this thread has written, told from the SQL it sends
 * ({@link WritesInspector}) with V23's and V24's table-to-topic map. While a transaction has written a topic,
 * what it reads of it is its own, uncommitted view: {@link PostgresChangeSignals} offers no count for that topic
 * to this thread, so no cache keeps what it reads, and counts the topic as changed here when the transaction ends.
 * A transaction that wrote none of a topic's tables moves none of its counts: an entry marks only
 * {@code RESULTS} and {@code PARTICIPANTS}, so the caches of the editions and events stay valid under
 * registration load (and find-participant keeps nothing while registration is open anyway).
 *
 * <p>Conservative on purpose: any writing statement that names a topic's table marks the topic, where V23's and
 * V24's triggers are finer (an entry announces only the event's first one, and participants only near and after
 * registration's close). An extra mark costs a cache one read.
 * One set per thread, because a thread runs one transaction at a time here: a transaction suspended for a nested
 * one ({@code REQUIRES_NEW}, which no use case uses; the demo data's runs alone at start-up) would share it, and
 * the nested one's end would forget the outer one's marks.
 */
final class TopicsWritten {

    private static final Pattern WRITE = Pattern.compile("^\\s*(?:insert|update|delete|truncate|merge|with)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE = Pattern.compile(
            "\\b(editions|festival_events|event_results|entry_results|individual_entries|teams|team_members"
                    + "|members|units|districts|chest_numbers)\\b");
    private static final Map<String, Set<ChangeTopic>> TOPICS_OF_TABLE = Map.ofEntries(
            Map.entry("editions", EnumSet.of(ChangeTopic.EDITIONS, ChangeTopic.RESULTS, ChangeTopic.PARTICIPANTS)),
            Map.entry("festival_events", EnumSet.of(ChangeTopic.EVENTS, ChangeTopic.RESULTS,
                    ChangeTopic.PARTICIPANTS)),
            Map.entry("event_results", EnumSet.of(ChangeTopic.RESULTS)),
            Map.entry("entry_results", EnumSet.of(ChangeTopic.RESULTS)),
            Map.entry("individual_entries", EnumSet.of(ChangeTopic.RESULTS, ChangeTopic.PARTICIPANTS)),
            Map.entry("teams", EnumSet.of(ChangeTopic.RESULTS, ChangeTopic.PARTICIPANTS)),
            Map.entry("team_members", EnumSet.of(ChangeTopic.PARTICIPANTS)),
            Map.entry("members", EnumSet.of(ChangeTopic.PARTICIPANTS)),
            Map.entry("units", EnumSet.of(ChangeTopic.PARTICIPANTS)),
            Map.entry("districts", EnumSet.of(ChangeTopic.PARTICIPANTS)),
            Map.entry("chest_numbers", EnumSet.of(ChangeTopic.PARTICIPANTS)));
    private static final ThreadLocal<EnumSet<ChangeTopic>> WRITTEN =
            ThreadLocal.withInitial(() -> EnumSet.noneOf(ChangeTopic.class));

    private TopicsWritten() {
    }

    /** The topics a statement writes: none for a read (a {@code WITH} counts only if it modifies data). */
    static Set<ChangeTopic> of(String sql) {
        if (!WRITE.matcher(sql).lookingAt()) {
            return Set.of();
        }
        String lower = sql.toLowerCase(Locale.ROOT);
        if (lower.stripLeading().startsWith("with") && !lower.matches("(?s).*\\b(insert|update|delete)\\b.*")) {
            return Set.of();
        }
        EnumSet<ChangeTopic> topics = EnumSet.noneOf(ChangeTopic.class);
        Matcher table = TABLE.matcher(lower);
        while (table.find()) {
            topics.addAll(TOPICS_OF_TABLE.get(table.group(1)));
        }
        return topics;
    }

    static void note(String sql) {
        Set<ChangeTopic> topics = of(sql);
        if (!topics.isEmpty()) {
            WRITTEN.get().addAll(topics);
        }
    }

    /** Whether this thread's transaction has written the topic and not ended yet. */
    static boolean writtenHere(ChangeTopic topic) {
        return WRITTEN.get().contains(topic);
    }

    /** What this thread's transaction wrote, forgotten as it ends. */
    static Set<ChangeTopic> takeAtEnd() {
        EnumSet<ChangeTopic> written = WRITTEN.get();
        if (written.isEmpty()) {
            return Set.of();
        }
        Set<ChangeTopic> taken = EnumSet.copyOf(written);
        written.clear();
        return taken;
    }
}
