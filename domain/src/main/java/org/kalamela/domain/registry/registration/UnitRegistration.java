package org.kalamela.domain.registry.registration;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * A unit's registration: its account, its number and where its review stands. One per unit. The reason
 * is kept while the registration is {@code RETURNED}, so the unit sees what to fix.
 */
public record UnitRegistration(UnitId unitId, DistrictId districtId, AccountId accountId,
                               RegistrationNumber number, RegistrationStatus status, String returnReason,
                               Instant registeredAt, Instant statusChangedAt) {

    public static final int MAX_REASON_LENGTH = 1000;

    public UnitRegistration {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        if ((status == RegistrationStatus.RETURNED) != (returnReason != null)) {
            throw new IllegalArgumentException("a returned registration, and only one, has a reason");
        }
    }

    /** A registration just started, as the account is created. */
    public static UnitRegistration started(UnitId unit, DistrictId district, AccountId account,
                                           RegistrationNumber number, Instant at) {
        return new UnitRegistration(unit, district, account, number, RegistrationStatus.REGISTRATION_STARTED,
                null, at, at);
    }

    public UnitRegistration submitted(Instant at) {
        return moved(RegistrationStep.SUBMIT, null, at);
    }

    public UnitRegistration approved(Instant at) {
        return moved(RegistrationStep.APPROVE, null, at);
    }

    /** Sent back to the unit; the reason is required, at most {@value #MAX_REASON_LENGTH} characters. */
    public UnitRegistration returned(String reason, Instant at) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON_LENGTH) {
            throw InvalidInput.field("reason", "is required, at most " + MAX_REASON_LENGTH + " characters");
        }
        return moved(RegistrationStep.RETURN, text, at);
    }

    private UnitRegistration moved(RegistrationStep step, String reason, Instant at) {
        RegistrationStatus next = RegistrationWorkflow.next(status, step);
        return new UnitRegistration(unitId, districtId, accountId, number, next, reason, registeredAt, at);
    }
}
