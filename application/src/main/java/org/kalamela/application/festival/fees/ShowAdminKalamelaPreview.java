package org.kalamela.application.festival.fees;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The admin's Kalamela preview of an edition (the current one by default): one district's figures, or every
 * district's by name.
 */
@UseCase
public class ShowAdminKalamelaPreview {

    private final CurrentEdition currentEdition;
    private final KalamelaPreviews previews;

    @Inject
    public ShowAdminKalamelaPreview(CurrentEdition currentEdition, KalamelaPreviews previews) {
        this.currentEdition = currentEdition;
        this.previews = previews;
    }

    /** The edition shown and its districts' previews. */
    public record AdminPreview(EditionYear edition, List<KalamelaPreview> districts) {
    }

    /** @throws NotFound {@code NO_CURRENT_EDITION}, {@code NOT_FOUND} (edition, district) */
    @Transactional
    public AdminPreview execute(EditionYear edition, Optional<DistrictId> district, Actor actor) {
        actor.require(Role.ADMIN);
        Edition shown = currentEdition.orCurrent(edition);
        List<KalamelaPreview> rows = previews.of(shown, district);
        if (district.isPresent() && rows.isEmpty()) {
            throw new NotFound("District", district.get());
        }
        return new AdminPreview(shown.year(), rows);
    }
}
