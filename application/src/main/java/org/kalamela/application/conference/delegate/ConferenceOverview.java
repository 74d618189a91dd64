package org.kalamela.application.conference.delegate;

import org.kalamela.application.conference.conference.ConferenceView;

/** A conference, and for a district official (or the admin naming a district) that district's places. */
public record ConferenceOverview(ConferenceView conference, DistrictPlaces district) {
}
