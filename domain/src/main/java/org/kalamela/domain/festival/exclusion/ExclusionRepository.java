package org.kalamela.domain.festival.exclusion;

import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Outbound port: the members the admin excluded from an edition. A unique key on {@code (edition, member)}
 * keeps one exclusion per member and edition; the
 * {@link org.kalamela.domain.festival.eligibility.FestivalMemberDirectory} reads them to mark members excluded.
 */
public interface ExclusionRepository {

    /**
     * Stores an exclusion and returns its id.
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code ALREADY_EXCLUDED} when the member is already
     *         excluded from the edition (the unique key)
     */
    ExclusionId create(NewExclusion exclusion);

    Optional<Exclusion> findById(ExclusionId id);

    Optional<Exclusion> findByMember(EditionYear edition, MemberId member);

    /** Ends an exclusion: the member may be entered again. Deleting a missing exclusion does nothing. */
    void delete(ExclusionId id);
}
