package org.kalamela.application.conference.appointment;

import java.util.Optional;
import org.kalamela.application.conference.delegate.DelegateView;
import org.kalamela.application.identity.account.AccountView;

/**
 * An appointed official: the official delegate, the district's official account it is linked to, whether
 * that account was made by this appointment, and its one-time password when that delivery was chosen (shown
 * in this answer only).
 */
public record Appointment(DelegateView official, AccountView account, boolean accountCreated,
                          Optional<String> oneTimePassword) {
}
