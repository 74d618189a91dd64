package org.kalamela.domain.festival.schedule;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kalamela.domain.shared.validation.Validation;

/**
 * An event's status on its stage: waiting, performing with the code letter on stage (never a name: the
 * public and the judges know performers by their letters while the event runs), or completed.
 */
public record StageStatus(PerformanceStatus status, Optional<String> codeLetter) {

    /** Every event starts so, until the admin sets another status. */
    public static final StageStatus WAITING = new StageStatus(PerformanceStatus.WAITING, Optional.empty());

    private static final Pattern CODE_LETTER = Pattern.compile("[A-Z]{1,4}");

    public StageStatus {
        Objects.requireNonNull(codeLetter, "codeLetter");
        codeLetter = codeLetter.map(String::strip);
        new Validation()
                .required(status, "status")
                .check(status != PerformanceStatus.PERFORMING || codeLetter.isPresent(), "codeLetter",
                        "is required while performing")
                .check(status == null || status == PerformanceStatus.PERFORMING || codeLetter.isEmpty(), "codeLetter",
                        "is given only while performing")
                .check(codeLetter.map(letter -> CODE_LETTER.matcher(letter).matches()).orElse(true), "codeLetter",
                        "must be 1 to 4 capital letters A-Z")
                .throwIfInvalid();
    }

    public static StageStatus performing(String codeLetter) {
        return new StageStatus(PerformanceStatus.PERFORMING, Optional.ofNullable(codeLetter));
    }

    public static StageStatus completed() {
        return new StageStatus(PerformanceStatus.COMPLETED, Optional.empty());
    }
}
