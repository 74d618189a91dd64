package org.kalamela.archfixture.domain.conference.delegate;

/** Fixture: a delegate, which the conference must not know. */
public class FixtureDelegate {
}
