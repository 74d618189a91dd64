package org.kalamela.application.migration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Outbound port: the old Django app's database, read once per import. Each method returns every row of one
 * table as the old app stored it (no cleaning: the import decides what to keep and reports the rest); the
 * adapter reads the tables in one read-only snapshot, so the rows agree with each other. Tables the import does
 * not load yet are only counted ({@link #count}).
 */
public interface LegacySource extends AutoCloseable {

    List<DistrictRow> districts();

    List<UnitRow> units();

    List<UserRow> users();

    List<RegistrationRow> registrations();

    List<UnitDetailsRow> unitDetails();

    List<MemberRow> members();

    List<OfficialsRow> officials();

    List<CouncilorRow> councilors();

    List<IndividualEventRow> individualEvents();

    List<GroupEventRow> groupEvents();

    List<ExclusionRow> exclusions();

    List<IndividualParticipationRow> individualParticipations();

    List<GroupParticipationRow> groupParticipations();

    List<KalamelaPaymentRow> kalamelaPayments();

    List<ConferenceRow> conferences();

    List<ConferenceDelegateRow> conferenceDelegates();

    List<ConferencePaymentRow> conferencePayments();

    List<IndividualScoreCardRow> individualScoreCards();

    List<GroupScoreCardRow> groupScoreCards();

    List<AppealRow> appeals();

    List<AppealPaymentRow> appealPayments();

    /** The number of rows of a table, for the tables that are read and counted only. */
    long count(LegacyTable table);

    /** Releases the connection; reading after closing is an error. */
    @Override
    void close();

    /** {@code auth_app_clergydistrict}. */
    record DistrictRow(long id, String name) {
    }

    /** {@code auth_app_unitname}. */
    record UnitRow(long id, Long districtId, String name) {
    }

    /**
     * {@code auth_app_customuser}: Django's AbstractUser columns that matter, the role ({@code user_type} 1 admin,
     * 2 unit, 3 district official), the unit or district, and the conference counts the old app kept per user.
     */
    record UserRow(long id, String username, String password, String email, String firstName, String lastName,
                   String phone, Integer userType, Long unitId, Long districtId, boolean active, Instant joined,
                   Integer conferenceOfficialCount, Integer conferenceMemberCount) {
    }

    /** {@code auth_app_unitregistrationdata}: the unit account's registration status as text. */
    record RegistrationRow(long id, Long userId, String status) {
    }

    /** {@code auth_app_unitdetails}. */
    record UnitDetailsRow(long id, Long userId, Integer registrationYear, Integer memberCount) {
    }

    /** {@code auth_app_unitmembers}: {@code number} is the phone. */
    record MemberRow(long id, Long userId, String name, String gender, LocalDate dateOfBirth, String phone,
                     String qualification, String bloodGroup) {
    }

    /** {@code auth_app_unitofficials}: the five office holders' names and phones. */
    record OfficialsRow(long id, Long userId, List<String> names, List<String> phones) {
    }

    /** {@code auth_app_unitcouncilor}. */
    record CouncilorRow(long id, Long userId, Long memberId) {
    }

    /** {@code kalamela_individualevent}. */
    record IndividualEventRow(long id, String name, String category, String description, Instant createdOn) {
    }

    /** {@code kalamela_groupevent}. */
    record GroupEventRow(long id, String name, String description, Integer maxMembers, Integer minMembers,
                         Integer perUnitLimit, Instant createdOn) {
    }

    /** {@code kalamela_kalamelaexcludemembers}. */
    record ExclusionRow(long id, Long memberId) {
    }

    /** {@code kalamela_individualeventparticipation}. */
    record IndividualParticipationRow(long id, Long eventId, Long memberId, Long addedBy, String chestNumber,
                                      String seniorityCategory, Instant createdOn) {
    }

    /** {@code kalamela_groupeventparticipation}: one row per team member; a team is an event and a chest number. */
    record GroupParticipationRow(long id, Long eventId, Long memberId, String chestNumber, Long addedBy) {
    }

    /** {@code kalamela_kalamelapayements} (sic). */
    record KalamelaPaymentRow(long id, Long paidBy, BigDecimal amount, String proofPath, String status,
                              Instant createdOn) {
    }

    /** {@code conference_conference}. */
    record ConferenceRow(long id, String title, String details, Instant addedOn, String status) {
    }

    /** {@code conference_conferencedelegate}: {@code members_id} empty for the official delegate. */
    record ConferenceDelegateRow(long id, Long conferenceId, Long officialId, Long memberId) {
    }

    /**
     * {@code kalamela_individualeventscorecard}: one mark per entry, typed by the admin, with the grade and points
     * the old app worked out from it.
     */
    record IndividualScoreCardRow(long id, Long participationId, Long participantId, BigDecimal mark, String grade,
                                  Integer totalPoints, Instant addedOn) {
    }

    /** {@code kalamela_groupeventscorecard}: linked to its team only by the event's name and the chest number. */
    record GroupScoreCardRow(long id, String eventName, BigDecimal mark, String chestNumber, String grade,
                             Integer totalPoints, Instant addedOn) {
    }

    /**
     * {@code kalamela_appeal}: filed by a member ({@code added_by_id}), naming the entry by the event's name and
     * the chest number, with the admin's reply and the status as text.
     */
    record AppealRow(long id, Long filedBy, String chestNumber, String eventName, String statement, String reply,
                     String status, Instant createdOn) {
    }

    /** {@code kalamela_appealpayements} (sic): the appeal's fee and its status as text. */
    record AppealPaymentRow(long id, Long appealId, BigDecimal amount, String paymentType, String status,
                            Instant createdOn) {
    }

    /** {@code conference_conferencepayment}. */
    record ConferencePaymentRow(long id, Long conferenceId, BigDecimal amount, Long uploadedBy, String proofPath,
                                LocalDate date, String status) {
    }
}
