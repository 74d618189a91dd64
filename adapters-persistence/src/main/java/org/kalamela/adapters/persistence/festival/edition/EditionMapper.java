package org.kalamela.adapters.persistence.festival.edition;

import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.RegistrationWindow;

/** The one mapping between an {@code editions} row and an {@link Edition}, the rules as a {@link RulesDocument}. */
final class EditionMapper {

    private EditionMapper() {
    }

    static Edition toDomain(EditionEntity e) {
        return new Edition(EditionYear.of(e.year), RulesDocument.fromJson(e.rules),
                new RegistrationWindow(e.registrationOpens, e.registrationCloses));
    }

    static EditionEntity toEntity(Edition edition) {
        EditionEntity entity = new EditionEntity();
        entity.year = edition.year().value();
        copy(edition, entity);
        return entity;
    }

    /** Everything but the year, which is the row's key, and the current flag, which only the switch sets. */
    static void copy(Edition edition, EditionEntity entity) {
        entity.rules = RulesDocument.toJson(edition.rules());
        entity.registrationOpens = edition.registrationWindow().opens();
        entity.registrationCloses = edition.registrationWindow().closes();
    }
}
