package org.kalamela.archfixture.domain.conference.conference;

import org.kalamela.archfixture.domain.conference.delegate.FixtureDelegate;

/** Fixture: the conference, the lowest conference package, reaching up to its delegates. */
public class ConferenceKnowingDelegates {
    FixtureDelegate delegate;
}
