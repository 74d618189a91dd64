package org.kalamela.application.migration.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.GroupParticipationRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.edition.SeniorityPolicy;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.exclusion.ExclusionRepository;
import org.kalamela.domain.festival.team.NewTeam;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.festival.team.TeamNumberSequence;
import org.kalamela.domain.festival.team.TeamRepository;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Teams. The old app stored one row per team member and knew a team only by its event and chest number, so the
 * rows of an event with the same chest number are one team (rows without one form a team per unit). The team
 * belongs to the unit of its first member; members of another unit, members not imported, members already in a
 * team of the event and members the event does not admit (gender; seniority by date of birth under the edition's
 * rules, outside both ranges or not the event's; excluded) are skipped, and so is a team beyond the edition's
 * teams per district or the event's teams per unit. The team keeps the number at the end of its old code when
 * that number is free in the event, else it draws the next one; a changed code is noted.
 */
@ApplicationScoped
public class TeamsImport implements TableImport<List<GroupParticipationRow>> {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("([0-9]{1,6})\\s*$");

    private final TeamRepository teams;
    private final TeamNumberSequence teamNumbers;
    private final FestivalEventRepository events;
    private final MemberRepository members;
    private final UnitNameRepository units;
    private final ExclusionRepository exclusions;

    @Inject
    public TeamsImport(TeamRepository teams, TeamNumberSequence teamNumbers, FestivalEventRepository events,
                       MemberRepository members, UnitNameRepository units, ExclusionRepository exclusions) {
        this.teams = teams;
        this.teamNumbers = teamNumbers;
        this.events = events;
        this.members = members;
        this.units = units;
        this.exclusions = exclusions;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.GROUP_PARTICIPATIONS;
    }

    @Override
    public List<List<GroupParticipationRow>> items(LegacySnapshot snapshot) {
        Map<String, List<GroupParticipationRow>> byTeam = new LinkedHashMap<>();
        snapshot.groupParticipations().stream().sorted(Comparator.comparingLong(GroupParticipationRow::id))
                .forEach(row -> byTeam.computeIfAbsent(teamKey(row, snapshot), key -> new ArrayList<>()).add(row));
        return List.copyOf(byTeam.values());
    }

    private static String teamKey(GroupParticipationRow row, LegacySnapshot snapshot) {
        String code = row.chestNumber() == null ? "" : row.chestNumber().strip().toUpperCase(Locale.ROOT);
        if (!code.isEmpty()) {
            return row.eventId() + "/" + code;
        }
        return row.eventId() + "/unit:" + snapshot.member(row.memberId())
                .flatMap(member -> snapshot.unitOfUser(member.userId())).orElse(null);
    }

    @Override
    public long id(List<GroupParticipationRow> item) {
        return item.get(0).id();
    }

    @Override
    public int rows(List<GroupParticipationRow> item) {
        return item.size();
    }

    @Override
    public void load(List<GroupParticipationRow> rows, ImportBatch batch) {
        if (rows.stream().anyMatch(row -> batch.newId(table(), row.id()).isPresent())) {
            rows.stream().filter(row -> !batch.importedBefore(row.id())).forEach(row -> batch.skipped(row.id(),
                    "left out of its team when the team was imported"));
            return;
        }
        GroupParticipationRow first = rows.get(0);
        Optional<FestivalEvent> event = batch.newId(LegacyTable.GROUP_EVENTS, first.eventId())
                .flatMap(id -> events.findById(EventId.of(id)));
        if (event.isEmpty()) {
            rows.forEach(row -> batch.skipped(row.id(), "orphan: group event " + row.eventId()
                    + " was not imported"));
            return;
        }
        UnitId unit = null;
        Set<MemberId> team = new LinkedHashSet<>();
        List<GroupParticipationRow> taken = new ArrayList<>();
        for (GroupParticipationRow row : rows) {
            Optional<Member> member = batch.newId(LegacyTable.MEMBERS, row.memberId())
                    .flatMap(id -> members.findById(MemberId.of(id)));
            if (member.isEmpty()) {
                batch.skipped(row.id(), "orphan: member " + row.memberId() + " was not imported");
            } else if (unit != null && !member.get().unitId().equals(unit)) {
                batch.skipped(row.id(), "member " + row.memberId() + " is of another unit than the team");
            } else if (team.contains(member.get().id())
                    || !teams.alreadyInTeams(event.get().id(), Set.of(member.get().id())).isEmpty()) {
                batch.skipped(row.id(), "member " + row.memberId() + " is already in a team of the event");
            } else if (ineligible(event.get(), member.get(), batch.run().edition()).isPresent()) {
                batch.skipped(row.id(), ineligible(event.get(), member.get(), batch.run().edition()).get());
            } else {
                unit = member.get().unitId();
                team.add(member.get().id());
                taken.add(row);
            }
        }
        if (team.isEmpty()) {
            return;
        }
        Edition edition = batch.run().edition();
        DistrictId district = units.findById(unit).orElseThrow().districtId();
        Optional<String> overLimit = overLimit(event.get(), district, unit, edition);
        if (overLimit.isPresent()) {
            taken.forEach(row -> batch.skipped(row.id(), overLimit.get()));
            return;
        }
        TeamCode code = code(event.get(), first.chestNumber(), edition);
        if (!code.toString().equalsIgnoreCase(first.chestNumber() == null ? "" : first.chestNumber().strip())) {
            batch.note(first.id(), "team code " + code + " (old chest number '" + first.chestNumber() + "')");
        }
        if (!event.get().requireTeamFormat().allowsSize(team.size())) {
            batch.note(first.id(), "the team has " + team.size() + " members, outside the event's "
                    + event.get().requireTeamFormat());
        }
        AccountId registeredBy = batch.newId(LegacyTable.USERS, first.addedBy()).map(AccountId::of)
                .orElse(batch.run().importer());
        long teamId = teams.create(new NewTeam(code, event.get().id(), district, unit, team, registeredBy,
                batch.run().at())).value();
        taken.forEach(row -> batch.imported(row.id(), teamId));
    }

    /**
     * Why the member may not be in a team of the event, as DOMAIN.md's group entries say: the event's gender,
     * a seniority by date of birth under the edition's rules (never the old app's word), the event's seniority,
     * and no exclusion in the edition.
     */
    private Optional<String> ineligible(FestivalEvent event, Member member, Edition edition) {
        if (!event.admits(member.details().gender())) {
            return Optional.of("not eligible: the event is for " + event.genderRestriction().orElseThrow() + " only");
        }
        Optional<Seniority> seniority = new SeniorityPolicy(edition.rules())
                .seniorityOf(member.details().dateOfBirth());
        if (seniority.isEmpty()) {
            return Optional.of("not eligible: date of birth " + member.details().dateOfBirth()
                    + " is outside the junior and senior ranges of edition " + edition.year());
        }
        if (!event.admits(seniority.get())) {
            return Optional.of("not eligible: the event is for " + event.seniorityRestriction().orElseThrow()
                    .displayName() + "s, the member is " + seniority.get().displayName());
        }
        if (exclusions.findByMember(edition.year(), member.id()).isPresent()) {
            return Optional.of("not eligible: member is excluded from edition " + edition.year());
        }
        return Optional.empty();
    }

    private Optional<String> overLimit(FestivalEvent event, DistrictId district, UnitId unit, Edition edition) {
        if (teams.countForDistrict(event.id(), district) >= edition.rules().maxTeamsPerDistrictPerEvent()) {
            return Optional.of("over the limit of " + edition.rules().maxTeamsPerDistrictPerEvent()
                    + " teams per district in the event");
        }
        if (teams.countForUnit(event.id(), unit) >= event.requireTeamFormat().teamsPerUnit()) {
            return Optional.of("over the limit of " + event.requireTeamFormat().teamsPerUnit()
                    + " team(s) per unit in the event");
        }
        return Optional.empty();
    }

    private TeamCode code(FestivalEvent event, String oldCode, Edition edition) {
        Matcher number = TRAILING_NUMBER.matcher(oldCode == null ? "" : oldCode);
        if (number.find()) {
            int old = Integer.parseInt(number.group(1));
            if (old > 0 && !teams.numberTaken(event.id(), old)) {
                return new TeamCode(event.shortCode(), old);
            }
        }
        int next;
        do {
            next = teamNumbers.next(edition.year(), event.id());
        } while (teams.numberTaken(event.id(), next));
        return new TeamCode(event.shortCode(), next);
    }
}
