package org.kalamela.application.festival.fees;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;

/**
 * The district official's preview of the district's Kalamela fees in the current edition: counts, fees, dues,
 * paid, balance or credit, and the latest payment.
 */
@UseCase
public class ShowKalamelaPreview {

    private final CurrentEdition currentEdition;
    private final KalamelaPreviews previews;

    @Inject
    public ShowKalamelaPreview(CurrentEdition currentEdition, KalamelaPreviews previews) {
        this.currentEdition = currentEdition;
        this.previews = previews;
    }

    /** @throws NotFound {@code NO_CURRENT_EDITION} */
    @Transactional
    public KalamelaPreview execute(Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        return previews.of(currentEdition.require(), Optional.of(actor.districtId())).stream().findFirst()
                .orElseThrow(() -> new NotFound("District", actor.districtId()));
    }
}
