package org.kalamela.domain.festival.chest;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Outbound port: which member holds which chest number in an edition. A member has at most one current
 * number per edition, kept when their entries are removed (printed badges stay valid). A number once issued
 * in an edition is never issued to another member of it, not even after the admin replaced it: the registry
 * remembers every number it issued.
 *
 * <p>The adapter keeps one row per issued number, {@code (edition, number, member, current)}, with the
 * primary key {@code (edition, number)} (a number is issued once per edition) and a partial unique index on
 * {@code (edition, member)} where current (one current number per member). When one of them refuses a
 * write, the adapter throws the {@link org.kalamela.domain.shared.error.RuleViolation} named below; the use cases
 * lock the member first, so this only happens when a concurrent request got there first.
 */
public interface ChestNumberRegistry {

    /** The member's current number in the edition. */
    Optional<ChestNumber> find(EditionYear edition, MemberId member);

    /** The member the number was issued to in the edition, current or replaced; empty when never issued. */
    Optional<MemberId> issuedTo(EditionYear edition, ChestNumber number);

    /**
     * Issues the member's first number of the edition.
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code CHEST_NUMBER_TAKEN} when the number was ever
     *         issued in the edition, {@code MEMBER_ALREADY_NUMBERED} when the member already has a number
     */
    void issue(EditionYear edition, MemberId member, ChestNumber number);

    /**
     * Issues the member's first number of the edition unless it was ever issued in the edition: the draw's
     * "is this number free?" and "issue it" in one step (one statement in the common case), for numbers drawn
     * from a series' counter while its row is locked.
     *
     * @return false, and nothing issued, when the number was issued before (to anyone)
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code MEMBER_ALREADY_NUMBERED} when the member
     *         already has a number
     */
    boolean issueIfFree(EditionYear edition, MemberId member, ChestNumber number);

    /**
     * Replaces the member's current number (the admin's correction). The replaced number stays issued to
     * the member, never to anyone else; a number the member held before becomes current again.
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code CHEST_NUMBER_TAKEN} when the number was issued
     *         to another member of the edition
     * @throws IllegalStateException when the member has no current number (the caller checked)
     */
    void replace(EditionYear edition, MemberId member, ChestNumber number);

    /**
     * The members with at least one individual entry in the edition and no current number (entries
     * imported from the old app), ordered by district name, unit name, member name, then member id: the
     * order in which the assign-chest-numbers job numbers them. Each with the seniority of their entries
     * (of the earliest entry should they differ).
     */
    List<UnnumberedParticipant> unnumbered(EditionYear edition);
}
