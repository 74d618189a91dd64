package org.kalamela.application.festival.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.festival.query.AppealTarget;
import org.kalamela.application.festival.query.AppealTargetReader;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamCode;

/** The entries and teams appeals may name, as a test enters them. */
public class InMemoryAppealTargets implements AppealTargetReader {

    private final Map<String, AppealTarget> targets = new HashMap<>();

    public void entry(ChestNumber chestNumber, AppealTarget target) {
        targets.put(target.event() + "/chest/" + chestNumber.value(), target);
    }

    public void team(TeamCode code, AppealTarget target) {
        targets.put(target.event() + "/team/" + code, target);
    }

    @Override
    public Optional<AppealTarget> byChestNumber(EventId event, ChestNumber chestNumber) {
        return Optional.ofNullable(targets.get(event + "/chest/" + chestNumber.value()));
    }

    @Override
    public Optional<AppealTarget> byTeamCode(EventId event, TeamCode teamCode) {
        return Optional.ofNullable(targets.get(event + "/team/" + teamCode));
    }
}
