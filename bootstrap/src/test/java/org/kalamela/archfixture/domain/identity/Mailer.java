package org.kalamela.archfixture.domain.identity;

/** Fixture: an outbound port of the domain. */
public interface Mailer {
    void send(String to, String text);
}
