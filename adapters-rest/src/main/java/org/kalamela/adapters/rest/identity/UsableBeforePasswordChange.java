package org.kalamela.adapters.rest.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few endpoints a session may use while its account's one-time password is not yet replaced
 * (change the password, see the account, sign out). {@link SessionFilter} refuses every other endpoint to
 * such a session with 403 {@code PASSWORD_CHANGE_REQUIRED}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface UsableBeforePasswordChange {
}
