package org.kalamela.application.festival.query;

import org.kalamela.domain.festival.event.EventId;

/** A person an event of the plan involves: a member taking part or a judge (by account), with their name. */
public record PlanPersonRow(EventId event, long personId, String name) {
}
