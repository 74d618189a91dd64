package org.kalamela.application.festival.chest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.chest.ChestNumberPolicy;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.edition.SeniorityPolicy;
import org.kalamela.domain.festival.eligibility.FestivalMember;
import org.kalamela.domain.festival.eligibility.FestivalMemberDirectory;
import org.kalamela.domain.festival.entry.ParticipationLocks;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin corrects a member's chest number, audited with the old and new number. The new number lies in
 * the series of the member's seniority and was never issued to another member of the edition; the old one
 * stays reserved for the member. A number above the series' counter is fine: the counter skips it.
 */
@UseCase
public class EditChestNumber {

    private final ChestNumberRegistry registry;
    private final FestivalMemberDirectory members;
    private final ParticipationLocks locks;
    private final CurrentEdition editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public EditChestNumber(ChestNumberRegistry registry, FestivalMemberDirectory members, ParticipationLocks locks,
                           CurrentEdition editions, AuditLog audit, Clock clock) {
        this.registry = registry;
        this.members = members;
        this.locks = locks;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param edition null for the current edition */
    public record Command(EditionYear edition, MemberId memberId, Integer chestNumber) {
    }

    /**
     * @throws RuleViolation {@code CHEST_NUMBER_WRONG_SERIES}, {@code CHEST_NUMBER_OUT_OF_SERIES},
     *         {@code CHEST_NUMBER_TAKEN}, {@code NOT_ELIGIBLE} (birth date outside both ranges)
     * @throws NotFound {@code CHEST_NUMBER_NOT_FOUND} when the member holds no number to correct
     */
    @Transactional
    public ChestNumber execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        Validation errors = new Validation().required(command.memberId(), "memberId")
                .required(command.chestNumber(), "chestNumber");
        errors.throwIfInvalid();
        ChestNumber proposed = ChestNumber.of(command.chestNumber());
        Edition edition = editions.orCurrent(command.edition());
        FestivalMember member = members.find(edition.year(), command.memberId())
                .orElseThrow(() -> new NotFound("Member", command.memberId()));
        locks.lockMember(edition.year(), member.memberId());
        ChestNumber current = registry.find(edition.year(), member.memberId())
                .orElseThrow(() -> new NotFound(ErrorCode.CHEST_NUMBER_NOT_FOUND,
                        "Member " + member.memberId() + " holds no chest number in edition " + edition.year()));
        Seniority seniority = new SeniorityPolicy(edition.rules())
                .requireSeniorityOf(member.memberId(), member.candidate().dateOfBirth());
        boolean takenByAnother = registry.issuedTo(edition.year(), proposed)
                .filter(holder -> !holder.equals(member.memberId()))
                .isPresent();
        new ChestNumberPolicy(edition.rules()).checkEdited(proposed, seniority, takenByAnother);
        if (proposed.equals(current)) {
            return current;
        }
        registry.replace(edition.year(), member.memberId(), proposed);
        audit.record(AuditEntry.by(actor, "CHEST_NUMBER_EDITED", "member", member.memberId(), clock.instant(),
                Map.of("edition", edition.year().toString(), "chestNumber", current + " -> " + proposed)));
        return proposed;
    }
}
