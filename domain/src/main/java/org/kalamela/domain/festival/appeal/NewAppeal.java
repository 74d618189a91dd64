package org.kalamela.domain.festival.appeal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;

/** An appeal about to be filed, checked by {@link AppealFilingPolicy}; the store gives its id. */
public record NewAppeal(EventId event, EditionYear edition, Performer performer, DistrictId district,
                        Optional<AccountId> filedBy, AppealStatement statement, Instant filedAt) {

    public NewAppeal {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(performer, "performer");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(filedAt, "filedAt");
    }
}
