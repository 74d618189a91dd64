package org.kalamela.application.festival.query;

import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;

/** Narrows an export of the events' entries to a district and/or an event; null fields match everything. */
public record EntryExportFilter(DistrictId districtId, EventId eventId) {
}
