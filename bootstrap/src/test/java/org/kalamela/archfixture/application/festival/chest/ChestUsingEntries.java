package org.kalamela.archfixture.application.festival.chest;

import org.kalamela.archfixture.application.festival.entry.EnterMember;

/** Fixture: the chest package of the application calling upwards into entry. */
public class ChestUsingEntries {
    EnterMember entering;
}
