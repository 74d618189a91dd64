package org.kalamela.adapters.persistence.conference.conference;

import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceDetails;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.value.Money;

/** The one mapping between a {@code conferences} row and a {@link Conference}. */
final class ConferenceMapper {

    private ConferenceMapper() {
    }

    static Conference toDomain(ConferenceEntity e) {
        return new Conference(ConferenceId.of(e.id), new ConferenceDetails(e.title, e.details, new Money(e.delegateFee)),
                e.active, e.createdAt);
    }

    static void write(ConferenceDetails details, boolean active, ConferenceEntity entity) {
        entity.title = details.title();
        entity.details = details.details();
        entity.delegateFee = details.delegateFee().amount();
        entity.active = active;
    }
}
