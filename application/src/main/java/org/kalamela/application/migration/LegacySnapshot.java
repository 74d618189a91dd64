package org.kalamela.application.migration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kalamela.application.migration.LegacySource.AppealPaymentRow;
import org.kalamela.application.migration.LegacySource.AppealRow;
import org.kalamela.application.migration.LegacySource.ConferenceDelegateRow;
import org.kalamela.application.migration.LegacySource.ConferencePaymentRow;
import org.kalamela.application.migration.LegacySource.ConferenceRow;
import org.kalamela.application.migration.LegacySource.CouncilorRow;
import org.kalamela.application.migration.LegacySource.DistrictRow;
import org.kalamela.application.migration.LegacySource.ExclusionRow;
import org.kalamela.application.migration.LegacySource.GroupEventRow;
import org.kalamela.application.migration.LegacySource.GroupParticipationRow;
import org.kalamela.application.migration.LegacySource.GroupScoreCardRow;
import org.kalamela.application.migration.LegacySource.IndividualEventRow;
import org.kalamela.application.migration.LegacySource.IndividualParticipationRow;
import org.kalamela.application.migration.LegacySource.IndividualScoreCardRow;
import org.kalamela.application.migration.LegacySource.KalamelaPaymentRow;
import org.kalamela.application.migration.LegacySource.MemberRow;
import org.kalamela.application.migration.LegacySource.OfficialsRow;
import org.kalamela.application.migration.LegacySource.RegistrationRow;
import org.kalamela.application.migration.LegacySource.UnitDetailsRow;
import org.kalamela.application.migration.LegacySource.UnitRow;
import org.kalamela.application.migration.LegacySource.UserRow;

/**
 * Every row the import loads, read once from the old database before anything is written, with the lookups the
 * table imports need (a member's unit account, a user's unit, a score card's participation). Held in memory:
 * 50,000 members are a few MB.
 */
public record LegacySnapshot(
        List<DistrictRow> districts,
        List<UnitRow> units,
        List<UserRow> users,
        List<RegistrationRow> registrations,
        List<UnitDetailsRow> unitDetails,
        List<MemberRow> members,
        List<OfficialsRow> officials,
        List<CouncilorRow> councilors,
        List<IndividualEventRow> individualEvents,
        List<GroupEventRow> groupEvents,
        List<ExclusionRow> exclusions,
        List<IndividualParticipationRow> individualParticipations,
        List<GroupParticipationRow> groupParticipations,
        List<KalamelaPaymentRow> kalamelaPayments,
        List<ConferenceRow> conferences,
        List<ConferenceDelegateRow> conferenceDelegates,
        List<ConferencePaymentRow> conferencePayments,
        List<IndividualScoreCardRow> individualScoreCards,
        List<GroupScoreCardRow> groupScoreCards,
        List<AppealRow> appeals,
        List<AppealPaymentRow> appealPayments,
        Map<Long, UserRow> usersById,
        Map<Long, UnitRow> unitsById,
        Map<Long, MemberRow> membersById,
        Map<Long, IndividualParticipationRow> individualParticipationsById) {

    /** Reads every loaded table of the source. */
    public static LegacySnapshot read(LegacySource source) {
        List<UnitRow> units = source.units();
        List<UserRow> users = source.users();
        List<MemberRow> members = source.members();
        List<IndividualParticipationRow> participations = source.individualParticipations();
        return new LegacySnapshot(source.districts(), units, users, source.registrations(), source.unitDetails(),
                members, source.officials(), source.councilors(), source.individualEvents(), source.groupEvents(),
                source.exclusions(), participations, source.groupParticipations(),
                source.kalamelaPayments(), source.conferences(), source.conferenceDelegates(),
                source.conferencePayments(), source.individualScoreCards(), source.groupScoreCards(),
                source.appeals(), source.appealPayments(),
                byId(users, UserRow::id), byId(units, UnitRow::id), byId(members, MemberRow::id),
                byId(participations, IndividualParticipationRow::id));
    }

    private static <R> Map<Long, R> byId(List<R> rows, Function<R, Long> id) {
        return rows.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }

    public Optional<UserRow> user(Long id) {
        return Optional.ofNullable(id == null ? null : usersById.get(id));
    }

    public Optional<MemberRow> member(Long id) {
        return Optional.ofNullable(id == null ? null : membersById.get(id));
    }

    public Optional<IndividualParticipationRow> individualParticipation(Long id) {
        return Optional.ofNullable(id == null ? null : individualParticipationsById.get(id));
    }

    /** The old unit of a unit account (by the account's old user id). */
    public Optional<Long> unitOfUser(Long userId) {
        return user(userId).map(UserRow::unitId);
    }

    /** The old district of an old unit. */
    public Optional<Long> districtOfUnit(Long unitId) {
        return Optional.ofNullable(unitId == null ? null : unitsById.get(unitId)).map(UnitRow::districtId);
    }
}
