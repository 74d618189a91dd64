package org.kalamela.domain.identity.password;

import java.util.List;
import java.util.Objects;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

/**
 * A signed-in person replaces their password: they prove they know the current one
 * ({@code WRONG_CURRENT_PASSWORD}), the new one differs from it ({@code SAME_PASSWORD}: a one-time password
 * typed again replaces nothing) and meets the password policy ({@code WEAK_PASSWORD}).
 */
public final class PasswordChange {

    private final PasswordPolicy policy;
    private final PasswordHasher hasher;

    public PasswordChange(PasswordPolicy policy, PasswordHasher hasher) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /** Checks the change and answers the new password's hash. */
    public String check(Account account, String currentPassword, String newPassword) {
        if (!hasher.verify(currentPassword, account.passwordHash())) {
            throw new InvalidInput(ErrorCode.WRONG_CURRENT_PASSWORD, "The current password is not correct",
                    List.of(new FieldError("currentPassword", "is not correct")));
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInput(ErrorCode.SAME_PASSWORD, "The new password must differ from the current one",
                    List.of(new FieldError("newPassword", "must differ from the current password")));
        }
        policy.check(newPassword, account.username(), "newPassword");
        return hasher.hash(newPassword);
    }
}
