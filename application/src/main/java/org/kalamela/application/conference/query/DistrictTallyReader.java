package org.kalamela.application.conference.query;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.id.DistrictId;

/** Read port: the conference's delegates counted per district, for the summaries. */
public interface DistrictTallyReader {

    /**
     * Every active district, and every inactive one that has delegates, ordered by name; a district without
     * delegates counts zeros.
     */
    List<DistrictTally> tallies(ConferenceId conference);

    /** One district's tally (zeros without delegates); empty for an unknown district. */
    Optional<DistrictTally> tally(ConferenceId conference, DistrictId district);
}
