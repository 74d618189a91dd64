package org.kalamela.archfixture.adapters.mail;

import org.kalamela.archfixture.adapters.persistence.shared.MemberRow;

/** Fixture: the mail adapter reading entities of the persistence adapter. */
public class MailerReadingEntities {
    MemberRow recipient;
}
