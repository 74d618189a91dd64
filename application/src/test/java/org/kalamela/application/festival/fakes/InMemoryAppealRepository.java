package org.kalamela.application.festival.fakes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.festival.appeal.NewAppeal;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/** Appeals in memory, one per performer like the table's unique keys. */
public class InMemoryAppealRepository implements AppealRepository {

    private final Map<AppealId, Appeal> appeals = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized Appeal add(NewAppeal appeal) {
        if (existsFor(appeal.performer())) {
            throw new RuleViolation(ErrorCode.APPEAL_ALREADY_FILED, "appeals_entry_uq");
        }
        Appeal stored = new Appeal(AppealId.of(nextId++), appeal.event(), appeal.edition(), appeal.performer(),
                appeal.district(), appeal.filedBy(), appeal.statement(), appeal.filedAt(), AppealStatus.SUBMITTED,
                Optional.empty(), Optional.empty());
        appeals.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Appeal> find(AppealId id) {
        return Optional.ofNullable(appeals.get(id));
    }

    @Override
    public synchronized Optional<Appeal> lock(AppealId id) {
        return find(id);
    }

    @Override
    public synchronized void save(Appeal moved) {
        if (!appeals.containsKey(moved.id())) {
            throw new IllegalStateException("no appeal " + moved.id());
        }
        appeals.put(moved.id(), moved);
    }

    /** Every appeal, in the order filed (the list reader's fake reads them from here). */
    public synchronized List<Appeal> all() {
        return List.copyOf(appeals.values());
    }

    @Override
    public synchronized boolean existsFor(Performer performer) {
        return appeals.values().stream().anyMatch(appeal -> appeal.performer().equals(performer));
    }
}
