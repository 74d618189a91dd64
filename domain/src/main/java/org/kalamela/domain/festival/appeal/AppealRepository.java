package org.kalamela.domain.festival.appeal;

import java.util.Optional;
import org.kalamela.domain.festival.draw.Performer;

/**
 * Outbound port: the appeals. At most one per performer (entry or team), which the store holds as well, so two
 * racing filings give one appeal and one {@code APPEAL_ALREADY_FILED}.
 */
public interface AppealRepository {

    /** Stores a new appeal, {@code SUBMITTED}. */
    Appeal add(NewAppeal appeal);

    Optional<Appeal> find(AppealId id);

    /** Same as {@link #find} and locks the appeal until the transaction ends, so its moves happen one by one. */
    Optional<Appeal> lock(AppealId id);

    /** Stores the status, fee confirmation and decision of an appeal that has just made a move. */
    void save(Appeal moved);

    /** Whether the performer already has an appeal, whatever its status. */
    boolean existsFor(Performer performer);
}
