package org.kalamela.application.festival.fakes;

import java.util.ArrayList;
import java.util.List;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.ParticipationLocks;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Records the locks a use case takes, in order, so tests can check the scope and the order (district scope
 * before member). The fakes run one request at a time, so nothing needs to wait; the exclusion itself is
 * the PostgreSQL adapter's, checked by its concurrency test.
 */
public final class RecordingParticipationLocks implements ParticipationLocks {

    private final List<String> taken = new ArrayList<>();

    @Override
    public synchronized void lockDistrictEntries(EditionYear edition, DistrictId district, EventId event,
                                                 Seniority seniority) {
        taken.add(districtEntries(edition, district, event, seniority));
    }

    @Override
    public synchronized void lockDistrictTeams(EditionYear edition, DistrictId district, EventId event) {
        taken.add(districtTeams(edition, district, event));
    }

    @Override
    public synchronized void lockMember(EditionYear edition, MemberId member) {
        taken.add(member(edition, member));
    }

    public synchronized List<String> taken() {
        return List.copyOf(taken);
    }

    public synchronized void clear() {
        taken.clear();
    }

    public static String districtEntries(EditionYear edition, DistrictId district, EventId event,
                                         Seniority seniority) {
        return "entries " + edition + "/" + district + "/" + event + "/" + seniority;
    }

    public static String districtTeams(EditionYear edition, DistrictId district, EventId event) {
        return "teams " + edition + "/" + district + "/" + event;
    }

    public static String member(EditionYear edition, MemberId member) {
        return "member " + edition + "/" + member;
    }
}
