package org.kalamela.domain.identity.mail;

/** Outbound port: sends mail (SMTP in production, the log in development). */
public interface Mailer {
    void send(MailMessage message);
}
