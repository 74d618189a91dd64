package org.kalamela.application.festival.fees;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.entry.EventEntries;
import org.kalamela.application.festival.query.EntryListReader;
import org.kalamela.application.festival.query.IndividualEntryFilter;
import org.kalamela.application.festival.query.TeamFilter;
import org.kalamela.application.festival.query.TeamListReader;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Everything the district's printable registration form needs, as data: the district and its fees and payment
 * status, its entries by event with chest numbers, its teams with members. A fixed number of queries however
 * many entries the district has.
 */
@UseCase
public class PrintRegistrationForm {

    private final CurrentEdition currentEdition;
    private final KalamelaPreviews previews;
    private final EntryListReader entries;
    private final TeamListReader teams;

    @Inject
    public PrintRegistrationForm(CurrentEdition currentEdition, KalamelaPreviews previews, EntryListReader entries,
                                 TeamListReader teams) {
        this.currentEdition = currentEdition;
        this.previews = previews;
        this.entries = entries;
        this.teams = teams;
    }

    /** @throws NotFound {@code NO_CURRENT_EDITION} */
    @Transactional
    public RegistrationForm execute(Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        Edition edition = currentEdition.require();
        DistrictId district = actor.districtId();
        KalamelaPreview fees = previews.of(edition, Optional.of(district)).stream().findFirst()
                .orElseThrow(() -> new NotFound("District", district));
        return new RegistrationForm(edition.year(), fees, EventEntries.byEvent(
                entries.findAll(edition.year(), IndividualEntryFilter.ofDistrict(district)),
                teams.findAll(edition.year(), TeamFilter.ofDistrict(district))));
    }
}
