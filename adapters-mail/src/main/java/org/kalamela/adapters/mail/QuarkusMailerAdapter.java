package org.kalamela.adapters.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;
import org.kalamela.domain.identity.mail.MailMessage;
import org.kalamela.domain.identity.mail.Mailer;

/**
 * Sends mail through quarkus-mailer: SMTP in production, only written to the log while
 * {@code KALAMELA_MAIL_LOG_ONLY} is true (development, demo, tests).
 *
 * <p>A mail asked for inside a transaction leaves only once that transaction has committed (a rolled-back
 * reset request mails no link to a token that does not exist), and it leaves without the request waiting
 * for the mail server: the send is started and its outcome logged. So a slow or failing mail server changes
 * neither the answer nor its timing, and the same request for an unknown account answers alike.
 */
@ApplicationScoped
public class QuarkusMailerAdapter implements Mailer {

    private static final Logger LOG = Logger.getLogger(QuarkusMailerAdapter.class);

    private final ReactiveMailer mailer;
    private final TransactionSynchronizationRegistry transactions;

    @Inject
    public QuarkusMailerAdapter(ReactiveMailer mailer, TransactionSynchronizationRegistry transactions) {
        this.mailer = mailer;
        this.transactions = transactions;
    }

    @Override
    public void send(MailMessage message) {
        Mail mail = Mail.withText(message.to(), message.subject(), message.body());
        switch (transactions.getTransactionStatus()) {
            case Status.STATUS_ACTIVE -> transactions.registerInterposedSynchronization(new SendAfterCommit(mail));
            case Status.STATUS_NO_TRANSACTION -> dispatch(mail);
            // Marked for rollback, or already ending: what the mail speaks of will not exist.
            default -> LOG.warnf("Mail '%s' to %s not sent: its transaction is rolling back", mail.getSubject(),
                    String.join(", ", mail.getTo()));
        }
    }

    private void dispatch(Mail mail) {
        try {
            mailer.send(mail).subscribe().with(
                    sent -> LOG.debugf("Mail '%s' handed to the mail server", mail.getSubject()),
                    failure -> notSent(mail, failure));
        } catch (RuntimeException failure) {
            notSent(mail, failure);
        }
    }

    /** The mail's body is never logged: it may carry a reset link, a secret worth a password. */
    private static void notSent(Mail mail, Throwable failure) {
        LOG.errorf("Mail '%s' to %s was not sent: %s", mail.getSubject(), String.join(", ", mail.getTo()),
                failure.toString());
    }

    private final class SendAfterCommit implements Synchronization {

        private final Mail mail;

        SendAfterCommit(Mail mail) {
            this.mail = mail;
        }

        @Override
        public void beforeCompletion() {
            // Nothing to do before the outcome is known.
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                dispatch(mail);
            }
        }
    }
}
