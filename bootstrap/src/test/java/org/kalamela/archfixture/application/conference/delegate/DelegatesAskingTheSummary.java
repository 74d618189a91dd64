package org.kalamela.archfixture.application.conference.delegate;

import org.kalamela.archfixture.application.conference.summary.FixtureSummary;

/** Fixture: the delegates' package reaching up to the summary that counts them. */
public class DelegatesAskingTheSummary {
    FixtureSummary summary;
}
