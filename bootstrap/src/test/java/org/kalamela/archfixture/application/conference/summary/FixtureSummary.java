package org.kalamela.archfixture.application.conference.summary;

/** Fixture: a summary, which counts delegates and so sits above them. */
public class FixtureSummary {
}
