package org.kalamela.archfixture.bootstrap.wiring;

import org.kalamela.archfixture.domain.identity.Mailer;

/** Fixture: wiring that produces a port's implementation without implementing the port: allowed. */
public class MailerProducer {
    Mailer mailer(Mailer fromAnAdapterModule) {
        return fromAnAdapterModule;
    }
}
