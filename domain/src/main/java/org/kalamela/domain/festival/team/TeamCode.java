package org.kalamela.domain.festival.team;

import java.util.Objects;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.shared.error.InvalidInput;

/** A team's printed code: the event's short code, a dash and the team's number within the event ({@code GS-1}). */
public record TeamCode(ShortCode eventCode, int number) {

    public TeamCode {
        Objects.requireNonNull(eventCode, "eventCode");
        if (number < 1) {
            throw InvalidInput.field("teamCode", "the team number must be 1 or more");
        }
    }

    /** Reads {@code GS-1}; short codes hold no dash, so the dash always separates the two parts. */
    public static TeamCode parse(String text) {
        String value = text == null ? "" : text.trim();
        int dash = value.indexOf('-');
        if (dash < 1 || !value.substring(dash + 1).matches("[1-9][0-9]{0,8}")) {
            throw InvalidInput.field("teamCode", "must be an event short code, a dash and a team number, e.g. GS-1");
        }
        return new TeamCode(ShortCode.parse(value.substring(0, dash)), Integer.parseInt(value.substring(dash + 1)));
    }

    @Override
    public String toString() {
        return eventCode + "-" + number;
    }
}
