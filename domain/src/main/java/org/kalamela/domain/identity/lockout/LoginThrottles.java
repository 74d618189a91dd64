package org.kalamela.domain.identity.lockout;

import java.util.Objects;

/**
 * The two counts that decide whether one sign-in attempt may go ahead: the failures of this login from this
 * client address, and the failures of this login from every address together.
 */
public record LoginThrottles(LoginThrottle fromAddress, LoginThrottle fromEveryAddress) {

    public static final LoginThrottles CLEAR = new LoginThrottles(LoginThrottle.CLEAR, LoginThrottle.CLEAR);

    public LoginThrottles {
        Objects.requireNonNull(fromAddress, "fromAddress");
        Objects.requireNonNull(fromEveryAddress, "fromEveryAddress");
    }
}
