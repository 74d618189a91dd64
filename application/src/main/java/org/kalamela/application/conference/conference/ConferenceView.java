package org.kalamela.application.conference.conference;

import java.time.Instant;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.shared.value.Money;

/** A conference as the API shows it. */
public record ConferenceView(long id, String title, String details, Money delegateFee, boolean active,
                             Instant createdAt) {

    public static ConferenceView of(Conference c) {
        return new ConferenceView(c.id().value(), c.title(), c.details().details(), c.delegateFee(), c.active(),
                c.createdAt());
    }
}
