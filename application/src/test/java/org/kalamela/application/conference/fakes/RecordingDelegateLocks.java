package org.kalamela.application.conference.fakes;

import java.util.ArrayList;
import java.util.List;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.DelegateLocks;
import org.kalamela.domain.shared.id.DistrictId;

/** Records the scopes a use case locks, so a test can check that it locks before it counts. */
public final class RecordingDelegateLocks implements DelegateLocks {

    private final List<String> taken = new ArrayList<>();

    @Override
    public synchronized void lockDistrict(ConferenceId conference, DistrictId district) {
        taken.add(scope(conference, district));
    }

    public synchronized List<String> taken() {
        return List.copyOf(taken);
    }

    public static String scope(ConferenceId conference, DistrictId district) {
        return "conference/" + conference + "/district/" + district + "/delegates";
    }
}
