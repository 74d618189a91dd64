package org.kalamela.adapters.legacy.django;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kalamela.application.migration.LegacySource;
import org.kalamela.application.migration.LegacySourceUnavailable;
import org.kalamela.application.migration.LegacyTable;

/**
 * The Django tables read with plain SQL, column by column as the old models named them (section 2 of the
 * specification). Values are passed on as stored; the import judges them.
 */
final class JdbcDjangoSource implements LegacySource {

    private static final List<String> OFFICES = List.of("president", "vice_president", "secretary",
            "joint_secretary", "treasurer");

    private final Connection connection;

    JdbcDjangoSource(Connection connection) {
        this.connection = connection;
    }

    /** Reads one row of a result set into a row record. */
    @FunctionalInterface
    private interface RowReader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    private <R> List<R> query(String table, String sql, RowReader<R> reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(1_000);
            try (ResultSet rs = statement.executeQuery()) {
                List<R> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new LegacySourceUnavailable("Cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<DistrictRow> districts() {
        return query("auth_app_clergydistrict", "SELECT id, name FROM auth_app_clergydistrict ORDER BY id",
                rs -> new DistrictRow(rs.getLong("id"), rs.getString("name")));
    }

    @Override
    public List<UnitRow> units() {
        return query("auth_app_unitname", "SELECT id, clergy_district_id, name FROM auth_app_unitname ORDER BY id",
                rs -> new UnitRow(rs.getLong("id"), optionalLong(rs, "clergy_district_id"), rs.getString("name")));
    }

    @Override
    public List<UserRow> users() {
        return query("auth_app_customuser", """
                SELECT id, username, password, email, first_name, last_name, phone_number, user_type, unit_name_id,
                       clergy_district_id, is_active, date_joined, conference_official_count,
                       conference_member_count
                FROM auth_app_customuser ORDER BY id""",
                rs -> new UserRow(rs.getLong("id"), rs.getString("username"), rs.getString("password"),
                        rs.getString("email"), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getString("phone_number"), optionalInt(rs, "user_type"), optionalLong(rs, "unit_name_id"),
                        optionalLong(rs, "clergy_district_id"), rs.getBoolean("is_active"),
                        instant(rs, "date_joined"), optionalInt(rs, "conference_official_count"),
                        optionalInt(rs, "conference_member_count")));
    }

    @Override
    public List<RegistrationRow> registrations() {
        return query("auth_app_unitregistrationdata",
                "SELECT id, registered_user_id, status FROM auth_app_unitregistrationdata ORDER BY id",
                rs -> new RegistrationRow(rs.getLong("id"), optionalLong(rs, "registered_user_id"),
                        rs.getString("status")));
    }

    @Override
    public List<UnitDetailsRow> unitDetails() {
        return query("auth_app_unitdetails", """
                SELECT id, registered_user_id, registration_year, number_of_unit_members
                FROM auth_app_unitdetails ORDER BY id""",
                rs -> new UnitDetailsRow(rs.getLong("id"), optionalLong(rs, "registered_user_id"),
                        optionalInt(rs, "registration_year"), optionalInt(rs, "number_of_unit_members")));
    }

    @Override
    public List<MemberRow> members() {
        return query("auth_app_unitmembers", """
                SELECT id, registered_user_id, name, gender, dob, number, qualification, blood_group
                FROM auth_app_unitmembers ORDER BY id""",
                rs -> new MemberRow(rs.getLong("id"), optionalLong(rs, "registered_user_id"), rs.getString("name"),
                        rs.getString("gender"), date(rs, "dob"), rs.getString("number"),
                        rs.getString("qualification"), rs.getString("blood_group")));
    }

    @Override
    public List<OfficialsRow> officials() {
        StringBuilder columns = new StringBuilder();
        OFFICES.forEach(office -> columns.append(", ").append(office).append("_name, ").append(office)
                .append("_phone"));
        return query("auth_app_unitofficials", "SELECT id, registered_user_id" + columns
                        + " FROM auth_app_unitofficials ORDER BY id", rs -> {
                    List<String> names = new ArrayList<>();
                    List<String> phones = new ArrayList<>();
                    for (String office : OFFICES) {
                        names.add(rs.getString(office + "_name"));
                        phones.add(rs.getString(office + "_phone"));
                    }
                    return new OfficialsRow(rs.getLong("id"), optionalLong(rs, "registered_user_id"), names, phones);
                });
    }

    @Override
    public List<CouncilorRow> councilors() {
        return query("auth_app_unitcouncilor",
                "SELECT id, registered_user_id, unit_member_id FROM auth_app_unitcouncilor ORDER BY id",
                rs -> new CouncilorRow(rs.getLong("id"), optionalLong(rs, "registered_user_id"),
                        optionalLong(rs, "unit_member_id")));
    }

    @Override
    public List<IndividualEventRow> individualEvents() {
        return query("kalamela_individualevent",
                "SELECT id, name, category, description, created_on FROM kalamela_individualevent ORDER BY id",
                rs -> new IndividualEventRow(rs.getLong("id"), rs.getString("name"), rs.getString("category"),
                        rs.getString("description"), instant(rs, "created_on")));
    }

    @Override
    public List<GroupEventRow> groupEvents() {
        return query("kalamela_groupevent", """
                SELECT id, name, description, max_allowed_limit, min_allowed_limit, per_unit_allowed_limit, created_on
                FROM kalamela_groupevent ORDER BY id""",
                rs -> new GroupEventRow(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                        optionalInt(rs, "max_allowed_limit"), optionalInt(rs, "min_allowed_limit"),
                        optionalInt(rs, "per_unit_allowed_limit"), instant(rs, "created_on")));
    }

    @Override
    public List<ExclusionRow> exclusions() {
        return query("kalamela_kalamelaexcludemembers",
                "SELECT id, members_id FROM kalamela_kalamelaexcludemembers ORDER BY id",
                rs -> new ExclusionRow(rs.getLong("id"), optionalLong(rs, "members_id")));
    }

    @Override
    public List<IndividualParticipationRow> individualParticipations() {
        return query("kalamela_individualeventparticipation", """
                SELECT id, individual_event_id, participant_id, added_by_id, chest_number, seniority_category,
                       created_on
                FROM kalamela_individualeventparticipation ORDER BY id""",
                rs -> new IndividualParticipationRow(rs.getLong("id"), optionalLong(rs, "individual_event_id"),
                        optionalLong(rs, "participant_id"), optionalLong(rs, "added_by_id"),
                        rs.getString("chest_number"), rs.getString("seniority_category"), instant(rs, "created_on")));
    }

    @Override
    public List<GroupParticipationRow> groupParticipations() {
        return query("kalamela_groupeventparticipation", """
                SELECT id, group_event_id, participant_id, chest_number, added_by_id
                FROM kalamela_groupeventparticipation ORDER BY id""",
                rs -> new GroupParticipationRow(rs.getLong("id"), optionalLong(rs, "group_event_id"),
                        optionalLong(rs, "participant_id"), rs.getString("chest_number"),
                        optionalLong(rs, "added_by_id")));
    }

    @Override
    public List<KalamelaPaymentRow> kalamelaPayments() {
        return query("kalamela_kalamelapayements", """
                SELECT id, paid_by_id, total_amount_to_pay, payment_proof_path, payment_status, created_on
                FROM kalamela_kalamelapayements ORDER BY id""",
                rs -> new KalamelaPaymentRow(rs.getLong("id"), optionalLong(rs, "paid_by_id"),
                        rs.getBigDecimal("total_amount_to_pay"), rs.getString("payment_proof_path"),
                        rs.getString("payment_status"), instant(rs, "created_on")));
    }

    @Override
    public List<ConferenceRow> conferences() {
        return query("conference_conference",
                "SELECT id, title, details, added_on, status FROM conference_conference ORDER BY id",
                rs -> new ConferenceRow(rs.getLong("id"), rs.getString("title"), rs.getString("details"),
                        instant(rs, "added_on"), rs.getString("status")));
    }

    @Override
    public List<ConferenceDelegateRow> conferenceDelegates() {
        return query("conference_conferencedelegate",
                "SELECT id, conference_id, officials_id, members_id FROM conference_conferencedelegate ORDER BY id",
                rs -> new ConferenceDelegateRow(rs.getLong("id"), optionalLong(rs, "conference_id"),
                        optionalLong(rs, "officials_id"), optionalLong(rs, "members_id")));
    }

    @Override
    public List<ConferencePaymentRow> conferencePayments() {
        return query("conference_conferencepayment", """
                SELECT id, conference_id, amount_to_pay, uploaded_by_id, proof_path, date, status
                FROM conference_conferencepayment ORDER BY id""",
                rs -> new ConferencePaymentRow(rs.getLong("id"), optionalLong(rs, "conference_id"),
                        rs.getBigDecimal("amount_to_pay"), optionalLong(rs, "uploaded_by_id"),
                        rs.getString("proof_path"), date(rs, "date"), rs.getString("status")));
    }

    @Override
    public List<IndividualScoreCardRow> individualScoreCards() {
        return query("kalamela_individualeventscorecard", """
                SELECT id, event_participation_id, participant_id, awarded_mark, grade, total_points, added_on
                FROM kalamela_individualeventscorecard ORDER BY id""",
                rs -> new IndividualScoreCardRow(rs.getLong("id"), optionalLong(rs, "event_participation_id"),
                        optionalLong(rs, "participant_id"), rs.getBigDecimal("awarded_mark"), rs.getString("grade"),
                        optionalInt(rs, "total_points"), instant(rs, "added_on")));
    }

    @Override
    public List<GroupScoreCardRow> groupScoreCards() {
        return query("kalamela_groupeventscorecard", """
                SELECT id, event_name, awarded_mark, chest_number, grade, total_points, added_on
                FROM kalamela_groupeventscorecard ORDER BY id""",
                rs -> new GroupScoreCardRow(rs.getLong("id"), rs.getString("event_name"),
                        rs.getBigDecimal("awarded_mark"), rs.getString("chest_number"), rs.getString("grade"),
                        optionalInt(rs, "total_points"), instant(rs, "added_on")));
    }

    @Override
    public List<AppealRow> appeals() {
        return query("kalamela_appeal", """
                SELECT id, added_by_id, chest_number, event_name, statement, reply, status, created_on
                FROM kalamela_appeal ORDER BY id""",
                rs -> new AppealRow(rs.getLong("id"), optionalLong(rs, "added_by_id"), rs.getString("chest_number"),
                        rs.getString("event_name"), rs.getString("statement"), rs.getString("reply"),
                        rs.getString("status"), instant(rs, "created_on")));
    }

    @Override
    public List<AppealPaymentRow> appealPayments() {
        return query("kalamela_appealpayements", """
                SELECT id, appeal_id, total_amount_to_pay, payment_type, payment_status, created_on
                FROM kalamela_appealpayements ORDER BY id""",
                rs -> new AppealPaymentRow(rs.getLong("id"), optionalLong(rs, "appeal_id"),
                        rs.getBigDecimal("total_amount_to_pay"), rs.getString("payment_type"),
                        rs.getString("payment_status"), instant(rs, "created_on")));
    }

    @Override
    public long count(LegacyTable table) {
        // The name comes from the enum, never from input, so it is safe to place in the statement.
        List<Long> count = query(table.djangoTable(), "SELECT count(*) FROM " + table.djangoTable(),
                rs -> rs.getLong(1));
        return count.get(0);
    }

    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new LegacySourceUnavailable("Cannot close the old database: " + e.getMessage(), e);
        }
    }

    private static Long optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
