package org.kalamela.archfixture.bootstrap.mail;

import org.kalamela.archfixture.domain.identity.Mailer;

/** Fixture: an adapter living in bootstrap, which should only wire and start. */
public class MailerInBootstrap implements Mailer {
    @Override
    public void send(String to, String text) {
        System.out.println(to + ": " + text);
    }
}
