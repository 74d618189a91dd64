package org.kalamela.domain.shared.error;

import java.time.Duration;
import java.util.Objects;

/** The caller sent too many requests of this kind; {@link #retryAfter()} says when to try again (429). */
public class TooManyRequests extends DomainException {

    private final Duration retryAfter;

    public TooManyRequests(Duration retryAfter) {
        super(ErrorCode.RATE_LIMITED, "Too many requests; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.RATE_LIMITED;
    }
}
