package org.kalamela.application.migration.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.AppealPaymentRow;
import org.kalamela.application.migration.LegacySource.AppealRow;
import org.kalamela.application.migration.LegacySource.GroupEventRow;
import org.kalamela.application.migration.LegacySource.GroupParticipationRow;
import org.kalamela.application.migration.LegacySource.IndividualEventRow;
import org.kalamela.application.migration.LegacySource.IndividualParticipationRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealReply;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.festival.appeal.AppealStatement;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.festival.appeal.HistoricalAppeal;
import org.kalamela.domain.festival.appeal.LegacyAppealStatus;
import org.kalamela.domain.festival.appeal.NewAppeal;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The old appeals, as historical ones ({@link HistoricalAppeal}): recorded at their old time without the filing
 * window, which is today's rule for filing, not a condition an appeal of years ago could meet, and moved to the
 * status {@link LegacyAppealStatus} maps the old one to (with the status of the appeal's first fee payment), the
 * importing admin confirming the fee and deciding with the old reply. The old app named an appeal's entry by
 * the event's name and the chest number (and the member who filed it): the entry is the imported one of the old
 * events of that name (individual, else group) with that chest number; where old chest numbers collide within
 * the event, the filing member's own entry. An appeal whose status cannot be mapped, whose entry cannot be found
 * or has no published result, or that repeats an entry's appeal, is skipped with the reason.
 */
@ApplicationScoped
public class AppealsImport implements TableImport<AppealRow> {

    private final AppealRepository appeals;
    private final EventResultRepository results;
    private final IndividualEntryRepository entries;
    private final TeamRepository teams;

    @Inject
    public AppealsImport(AppealRepository appeals, EventResultRepository results, IndividualEntryRepository entries,
                         TeamRepository teams) {
        this.appeals = appeals;
        this.results = results;
        this.entries = entries;
        this.teams = teams;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.APPEALS;
    }

    @Override
    public List<AppealRow> items(LegacySnapshot snapshot) {
        return snapshot.appeals().stream().sorted(Comparator.comparingLong(AppealRow::id)).toList();
    }

    @Override
    public long id(AppealRow item) {
        return item.id();
    }

    /** What an old appeal concerns: the event and entry (or team) here, and its district. */
    private record Target(EventId event, Performer performer, DistrictId district) {
    }

    @Override
    public void load(AppealRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<String> feeStatus = firstFeePayment(batch.snapshot(), row.id()).map(AppealPaymentRow::status);
        boolean replied = row.reply() != null && !row.reply().isBlank();
        LegacyAppealStatus.Mapping mapping = LegacyAppealStatus.map(row.status(), feeStatus, replied);
        if (mapping.status().isEmpty()) {
            batch.skipped(row.id(), mapping.refusal());
            return;
        }
        if (row.statement() == null || row.statement().isBlank()) {
            batch.skipped(row.id(), "the appeal has no statement");
            return;
        }
        AppealStatement statement = new AppealStatement(row.statement());
        Optional<AppealReply> reply = replied ? Optional.of(new AppealReply(row.reply())) : Optional.empty();
        Optional<Target> target = target(row, batch);
        if (target.isEmpty()) {
            return;
        }
        EventId event = target.get().event();
        Performer performer = target.get().performer();
        boolean inResult = results.entries(event).stream().anyMatch(entry -> entry.performer().equals(performer));
        NewAppeal recorded = HistoricalAppeal.recorded(results.find(event), inResult, appeals.existsFor(performer),
                event, batch.run().edition().year(), performer, target.get().district(), statement,
                row.createdOn() == null ? batch.run().at() : row.createdOn());
        Appeal filed = appeals.add(recorded);
        AppealStatus status = mapping.status().get();
        if (status != AppealStatus.SUBMITTED) {
            appeals.save(HistoricalAppeal.settled(filed, status, reply, batch.run().importer(), batch.run().at()));
        }
        if (!status.isPending() && feeStatus.isEmpty()) {
            batch.note(row.id(), "decided in the old app without a fee payment: the fee is taken as confirmed");
        }
        batch.imported(row.id(), filed.id().value());
    }

    private Optional<Target> target(AppealRow row, ImportBatch batch) {
        LegacySnapshot snapshot = batch.snapshot();
        String name = normalized(row.eventName());
        String chest = code(row.chestNumber());
        if (chest.isEmpty()) {
            batch.skipped(row.id(), "the appeal names no chest number");
            return Optional.empty();
        }
        Set<Long> individualEvents = new HashSet<>();
        snapshot.individualEvents().stream().filter(e -> normalized(e.name()).equals(name))
                .map(IndividualEventRow::id).forEach(individualEvents::add);
        Set<Long> groupEvents = new HashSet<>();
        snapshot.groupEvents().stream().filter(e -> normalized(e.name()).equals(name))
                .map(GroupEventRow::id).forEach(groupEvents::add);
        boolean individual = individualEvents.stream()
                .anyMatch(id -> batch.newId(LegacyTable.INDIVIDUAL_EVENTS, id).isPresent());
        boolean group = groupEvents.stream().anyMatch(id -> batch.newId(LegacyTable.GROUP_EVENTS, id).isPresent());
        if (!individual && !group) {
            batch.skipped(row.id(), "orphan: no imported event is named '" + display(row.eventName()) + "'");
            return Optional.empty();
        }
        if (individual) {
            List<IndividualParticipationRow> matching = snapshot.individualParticipations().stream()
                    .filter(p -> individualEvents.contains(p.eventId()) && code(p.chestNumber()).equals(chest))
                    .filter(p -> batch.newId(LegacyTable.INDIVIDUAL_PARTICIPATIONS, p.id()).isPresent())
                    .toList();
            // Old chest numbers collide within an event: then the appellant's own entry is the one meant.
            List<IndividualParticipationRow> meant = matching.size() <= 1 ? matching : matching.stream()
                    .filter(p -> Objects.equals(p.memberId(), row.filedBy())).toList();
            var entry = meant.size() != 1 ? Optional.<IndividualEntry>empty() : entries.findById(IndividualEntryId.of(
                    batch.newId(LegacyTable.INDIVIDUAL_PARTICIPATIONS, meant.get(0).id()).orElseThrow()));
            if (entry.isPresent()) {
                return Optional.of(new Target(entry.get().eventId(), Performer.entry(entry.get().id()),
                        entry.get().districtId()));
            }
            if (!group) {
                batch.skipped(row.id(), matching.size() <= 1
                        ? "entry not found: no imported entry of '" + display(row.eventName())
                                + "' had chest number '" + display(row.chestNumber()) + "'"
                        : "entry not found: chest number '" + display(row.chestNumber()) + "' is " + matching.size()
                                + " imported entries of '" + display(row.eventName())
                                + "', none of them the appellant's");
                return Optional.empty();
            }
        }
        Optional<Long> team = snapshot.groupParticipations().stream()
                .filter(p -> groupEvents.contains(p.eventId()) && code(p.chestNumber()).equals(chest))
                .map(GroupParticipationRow::id)
                .map(id -> batch.newId(LegacyTable.GROUP_PARTICIPATIONS, id)).flatMap(Optional::stream).findFirst();
        var found = team.flatMap(id -> teams.findById(TeamId.of(id)));
        if (found.isEmpty()) {
            batch.skipped(row.id(), "team not found: no imported team of '" + display(row.eventName())
                    + "' had chest number '" + display(row.chestNumber()) + "'");
            return Optional.empty();
        }
        return Optional.of(new Target(found.get().eventId(), Performer.team(found.get().id()),
                found.get().districtId()));
    }

    /** The appeal's first fee payment row (lowest id): the one the payments import brings over. */
    static Optional<AppealPaymentRow> firstFeePayment(LegacySnapshot snapshot, long appealId) {
        return snapshot.appealPayments().stream().filter(p -> Objects.equals(p.appealId(), appealId))
                .min(Comparator.comparingLong(AppealPaymentRow::id));
    }

    private static String normalized(String eventName) {
        return display(eventName).toLowerCase(Locale.ROOT);
    }

    private static String display(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String code(String chestNumber) {
        return chestNumber == null ? "" : chestNumber.strip().toUpperCase(Locale.ROOT);
    }
}
