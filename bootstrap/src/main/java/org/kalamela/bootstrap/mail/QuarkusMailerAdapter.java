package org.kalamela.bootstrap.mail;

import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kalamela.domain.identity.MailMessage;
import org.kalamela.domain.identity.Mailer;

/**
 * Sends mail through quarkus-mailer: SMTP when configured, and only written to the log while
 * {@code KALAMELA_MAIL_LOG_ONLY} is true (the default for development and demo).
 */
@ApplicationScoped
public class QuarkusMailerAdapter implements Mailer {

    private final io.quarkus.mailer.Mailer mailer;

    @Inject
    public QuarkusMailerAdapter(io.quarkus.mailer.Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(MailMessage message) {
        mailer.send(Mail.withText(message.to(), message.subject(), message.body()));
    }
}
