package org.kalamela.application.festival.query;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Read port: the figures of the Kalamela previews for one district or for every district (by name), in one
 * query whatever the number of entries, teams and payments.
 */
public interface KalamelaPreviewReader {

    List<KalamelaPreviewRow> rows(EditionYear edition, Optional<DistrictId> district);
}
