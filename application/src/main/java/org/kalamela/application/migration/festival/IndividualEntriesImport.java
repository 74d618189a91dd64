package org.kalamela.application.migration.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.IndividualParticipationRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;
import org.kalamela.domain.festival.chest.LegacyChestNumberPolicy;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.edition.SeniorityPolicy;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.entry.NewIndividualEntry;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.exclusion.ExclusionRepository;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Individual entries with their chest numbers. The seniority is the member's by date of birth under the
 * edition's rules (never the old {@code seniority_category}, which the old app took from the request); an
 * excluded member, a member outside both ranges, an entry beyond the edition's limits (2 per district, event and
 * seniority; 5 events per member, which the old app did not count across accounts) or in an event the member's
 * gender or seniority does not fit is skipped. The first imported entry of a member settles their chest number by
 * {@link LegacyChestNumberPolicy}: kept, or left for the assign-chest-numbers job, with the reason noted.
 */
@ApplicationScoped
public class IndividualEntriesImport implements TableImport<IndividualParticipationRow> {

    private final IndividualEntryRepository entries;
    private final FestivalEventRepository events;
    private final MemberRepository members;
    private final UnitNameRepository units;
    private final ChestNumberRegistry chestNumbers;
    private final ExclusionRepository exclusions;
    private final LegacyChestNumberPolicy chestPolicy = new LegacyChestNumberPolicy();

    @Inject
    public IndividualEntriesImport(IndividualEntryRepository entries, FestivalEventRepository events,
                                   MemberRepository members, UnitNameRepository units,
                                   ChestNumberRegistry chestNumbers, ExclusionRepository exclusions) {
        this.entries = entries;
        this.events = events;
        this.members = members;
        this.units = units;
        this.chestNumbers = chestNumbers;
        this.exclusions = exclusions;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.INDIVIDUAL_PARTICIPATIONS;
    }

    @Override
    public List<IndividualParticipationRow> items(LegacySnapshot snapshot) {
        return snapshot.individualParticipations().stream()
                .sorted(Comparator.comparingLong(IndividualParticipationRow::id)).toList();
    }

    @Override
    public long id(IndividualParticipationRow item) {
        return item.id();
    }

    @Override
    public void load(IndividualParticipationRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<FestivalEvent> event = batch.newId(LegacyTable.INDIVIDUAL_EVENTS, row.eventId())
                .flatMap(id -> events.findById(EventId.of(id)));
        if (event.isEmpty()) {
            batch.skipped(row.id(), "orphan: individual event " + row.eventId() + " was not imported");
            return;
        }
        Optional<Member> member = batch.newId(LegacyTable.MEMBERS, row.memberId())
                .flatMap(id -> members.findById(MemberId.of(id)));
        if (member.isEmpty()) {
            batch.skipped(row.id(), "orphan: member " + row.memberId() + " was not imported");
            return;
        }
        Edition edition = batch.run().edition();
        if (exclusions.findByMember(edition.year(), member.get().id()).isPresent()) {
            batch.skipped(row.id(), "not eligible: member is excluded from edition " + edition.year());
            return;
        }
        Optional<Seniority> seniority = new SeniorityPolicy(edition.rules())
                .seniorityOf(member.get().details().dateOfBirth());
        if (seniority.isEmpty()) {
            batch.skipped(row.id(), "not eligible: date of birth " + member.get().details().dateOfBirth()
                    + " is outside the junior and senior ranges of edition " + edition.year());
            return;
        }
        Optional<String> unfit = unfit(event.get(), member.get(), seniority.get());
        if (unfit.isPresent()) {
            batch.skipped(row.id(), unfit.get());
            return;
        }
        DistrictId district = units.findById(member.get().unitId()).orElseThrow().districtId();
        MemberId memberId = member.get().id();
        if (entries.exists(event.get().id(), memberId)) {
            batch.skipped(row.id(), "member " + row.memberId() + " is entered in the event twice");
            return;
        }
        if (entries.countForDistrict(edition.year(), district, event.get().id(), seniority.get())
                >= edition.rules().maxEntriesPerDistrictPerEvent()) {
            batch.skipped(row.id(), "over the limit of " + edition.rules().maxEntriesPerDistrictPerEvent()
                    + " entries per district, event and seniority");
            return;
        }
        if (entries.countForMember(edition.year(), memberId) >= edition.rules().maxIndividualEventsPerMember()) {
            batch.skipped(row.id(), "over the limit of " + edition.rules().maxIndividualEventsPerMember()
                    + " individual events per member");
            return;
        }
        AccountId registeredBy = batch.newId(LegacyTable.USERS, row.addedBy()).map(AccountId::of)
                .orElse(batch.run().importer());
        var id = entries.create(new NewIndividualEntry(edition.year(), event.get().id(), memberId, district,
                seniority.get(), registeredBy, row.createdOn() == null ? batch.run().at() : row.createdOn()));
        chestNumber(row, memberId, seniority.get(), edition, batch);
        batch.imported(row.id(), id.value());
    }

    private static Optional<String> unfit(FestivalEvent event, Member member, Seniority seniority) {
        if (!event.admits(member.details().gender())) {
            return Optional.of("not eligible: the event is for " + event.genderRestriction().orElseThrow()
                    + " only");
        }
        if (!event.admits(seniority)) {
            return Optional.of("not eligible: the event is for " + event.seniorityRestriction().orElseThrow()
                    .displayName() + "s, the member is " + seniority.displayName());
        }
        return Optional.empty();
    }

    private void chestNumber(IndividualParticipationRow row, MemberId member, Seniority seniority, Edition edition,
                             ImportBatch batch) {
        Optional<ChestNumber> current = chestNumbers.find(edition.year(), member);
        if (current.isPresent()) {
            LegacyChestNumberPolicy.parse(row.chestNumber()).filter(old -> !old.equals(current.get()))
                    .ifPresent(old -> batch.note(row.id(), "old chest number " + old + " differs from the member's "
                            + current.get() + ", which is kept"));
            return;
        }
        boolean takenByAnother = LegacyChestNumberPolicy.parse(row.chestNumber())
                .flatMap(number -> chestNumbers.issuedTo(edition.year(), number))
                .filter(holder -> !holder.equals(member)).isPresent();
        LegacyChestNumberPolicy.Decision decision = chestPolicy.decide(row.chestNumber(),
                edition.rules().chestNumbers(seniority), takenByAnother);
        if (decision.keep().isPresent()) {
            chestNumbers.issue(edition.year(), member, decision.keep().get());
        } else {
            batch.note(row.id(), "to renumber: " + decision.renumberReason());
        }
    }
}
