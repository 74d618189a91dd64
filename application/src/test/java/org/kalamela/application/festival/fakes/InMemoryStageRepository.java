package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageDetails;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * The stages in memory, with the unique key {@code (edition, upper(name))} and the foreign keys from the plan
 * and the published slots that the database has.
 */
public final class InMemoryStageRepository implements StageRepository {

    private final Map<StageId, Stage> stages = new TreeMap<>(Comparator.comparingLong(StageId::value));
    private final Predicate<StageId> referenced;
    private long lastId;

    /** @param referenced whether the plan or a published slot names the stage (the foreign keys) */
    public InMemoryStageRepository(Predicate<StageId> referenced) {
        this.referenced = referenced;
    }

    @Override
    public synchronized Stage create(EditionYear edition, StageDetails details) {
        Stage stage = new Stage(StageId.of(++lastId), edition, details);
        checkUnique(stage);
        stages.put(stage.id(), stage);
        return stage;
    }

    @Override
    public synchronized void update(Stage stage) {
        Stage before = stages.get(stage.id());
        if (before == null || !before.edition().equals(stage.edition())) {
            throw new IllegalStateException("no stage " + stage.id() + " of edition " + stage.edition());
        }
        checkUnique(stage);
        stages.put(stage.id(), stage);
    }

    @Override
    public synchronized void delete(StageId id) {
        if (referenced.test(id)) {
            throw new RuleViolation(ErrorCode.STAGE_IN_USE, "Stage " + id + " is in use");
        }
        stages.remove(id);
    }

    @Override
    public synchronized Optional<Stage> findById(StageId id) {
        return Optional.ofNullable(stages.get(id));
    }

    @Override
    public synchronized List<Stage> findByEdition(EditionYear edition) {
        return stages.values().stream().filter(stage -> stage.edition().equals(edition))
                .sorted(Comparator.comparing(Stage::name).thenComparingLong(stage -> stage.id().value())).toList();
    }

    private void checkUnique(Stage stage) {
        String key = stage.name().toUpperCase(Locale.ROOT);
        boolean taken = stages.values().stream().anyMatch(other -> !other.id().equals(stage.id())
                && other.edition().equals(stage.edition()) && other.name().toUpperCase(Locale.ROOT).equals(key));
        if (taken) {
            throw new RuleViolation(ErrorCode.STAGE_NAME_TAKEN, "The edition already has a stage named " + stage.name());
        }
    }
}
