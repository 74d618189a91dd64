package org.kalamela.application.festival.team;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.festival.team.TeamCodePolicy;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin corrects a team's code, audited with the old and new code. The code keeps the event's short
 * code and its number is not another team's; a number above the event's counter is fine, the counter skips
 * it.
 */
@UseCase
public class EditTeamCode {

    private final TeamRepository teams;
    private final FestivalEventRepository events;
    private final AuditLog audit;
    private final Clock clock;
    private final TeamCodePolicy policy = new TeamCodePolicy();

    @Inject
    public EditTeamCode(TeamRepository teams, FestivalEventRepository events, AuditLog audit, Clock clock) {
        this.teams = teams;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(TeamId teamId, String code) {
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code TEAM_CODE_WRONG_EVENT}, {@code TEAM_CODE_TAKEN} */
    @Transactional
    public Team execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation().required(command.teamId(), "teamId").required(command.code(), "code").throwIfInvalid();
        TeamCode proposed = TeamCode.parse(command.code());
        Team team = teams.findById(command.teamId()).orElseThrow(() -> new NotFound("Team", command.teamId()));
        FestivalEvent event = events.findById(team.eventId())
                .orElseThrow(() -> new IllegalStateException("team " + team.id() + " has no event"));
        boolean takenByAnother = proposed.number() != team.code().number()
                && teams.numberTaken(event.id(), proposed.number());
        policy.checkEdited(proposed, event, takenByAnother);
        if (proposed.equals(team.code())) {
            return team;
        }
        teams.changeCode(team.id(), proposed);
        audit.record(AuditEntry.by(actor, "TEAM_CODE_EDITED", "team", team.id(), clock.instant(), Map.of(
                "event", event.name(), "code", team.code() + " -> " + proposed)));
        return new Team(team.id(), proposed, team.eventId(), team.districtId(), team.unitId(), team.members());
    }
}
