package org.kalamela.domain.conference.conference;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.shared.value.Money;

/** A conference as stored: at most one is active at a time ({@link ConferenceRules}). */
public record Conference(ConferenceId id, ConferenceDetails details, boolean active, Instant createdAt) {

    public Conference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public String title() {
        return details.title();
    }

    public Money delegateFee() {
        return details.delegateFee();
    }

    public Conference withDetails(ConferenceDetails changed) {
        return new Conference(id, changed, active, createdAt);
    }

    public Conference withActive(boolean nowActive) {
        return new Conference(id, details, nowActive, createdAt);
    }
}
