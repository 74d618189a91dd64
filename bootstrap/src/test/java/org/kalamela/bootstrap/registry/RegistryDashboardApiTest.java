package org.kalamela.bootstrap.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.registry.RegistrySql.NewMember;

/**
 * The dashboard over a district of several hundred members: its own figures are checked against what the
 * test put in, the whole-database figures against counts the test makes in SQL, and the number of queries
 * against the number of figures (not of units).
 */
@QuarkusTest
class RegistryDashboardApiTest {

    private static final String JUNIOR = "Junior:2005-01-11:2011-06-30";
    private static final String SENIOR = "Senior:1991-01-11:2005-01-10";
    private static final int UNITS = 6;
    private static final int BIG_UNIT_MEMBERS = 140;
    private static final int OTHER_UNIT_MEMBERS = 40;

    @Inject
    RegistrySql sql;

    @Inject
    SessionFactory sessionFactory;

    private final RegistryApi registry = new RegistryApi();

    @Test
    void everyFigureMatchesAnIndependentCount() {
        long district = registry.district();
        List<RegistryApi.Unit> units = new ArrayList<>();
        for (int i = 0; i < UNITS; i++) {
            units.add(registry.registeredUnit(district));
        }
        registry.unitName(district);
        long inactive = registry.unitName(district);
        registry.admin().post("/api/v1/admin/unit-names/" + inactive + "/deactivate").then().statusCode(200);
        sql.setStatus(units.get(1).unitId(), "SUBMITTED", null);
        sql.setStatus(units.get(2).unitId(), "APPROVED", null);
        sql.setStatus(units.get(3).unitId(), "RETURNED", "Fix the phones");

        Random random = new Random(42);
        List<NewMember> members = new ArrayList<>();
        int male = 0;
        int junior = 0;
        int senior = 0;
        for (int u = 0; u < UNITS; u++) {
            int count = u == 0 ? BIG_UNIT_MEMBERS : OTHER_UNIT_MEMBERS;
            for (int m = 0; m < count; m++) {
                String gender = random.nextBoolean() ? "M" : "F";
                LocalDate born = LocalDate.of(1985, 1, 1).plusDays(random.nextInt(365 * 27));
                male += gender.equals("M") ? 1 : 0;
                junior += within(born, "2005-01-11", "2011-06-30") ? 1 : 0;
                senior += within(born, "1991-01-11", "2005-01-10") ? 1 : 0;
                members.add(new NewMember(units.get(u).unitId(), "Member " + u + "-" + m, gender, born,
                        RegistryApi.aPhone()));
            }
        }
        sql.insertMembers(members);
        sql.makeCouncilors(units.get(0).unitId(), 7);
        sql.makeCouncilors(units.get(4).unitId(), 3);
        int total = members.size();
        assertThat(total).isGreaterThanOrEqualTo(300);

        long statementsBefore = sessionFactory.getStatistics().getPrepareStatementCount();
        JsonPath dashboard = registry.admin().queryParam("band", JUNIOR).queryParam("band", SENIOR)
                .get("/api/v1/admin/dashboard").then().statusCode(200).extract().jsonPath();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount() - statementsBefore;

        String mine = "find { it.districtId == " + district + " }";
        assertThat(dashboard.getLong("registrationsByDistrict." + mine + ".units")).isEqualTo(UNITS + 1);
        assertThat(dashboard.getLong("registrationsByDistrict." + mine + ".registered")).isEqualTo(UNITS);
        assertThat(dashboard.getLong("registrationsByDistrict." + mine + ".notRegistered")).isEqualTo(1);
        assertThat(dashboard.getLong("membersByDistrict." + mine + ".members")).isEqualTo(total);
        assertThat(dashboard.getLong("membersByDistrict." + mine + ".male")).isEqualTo(male);
        assertThat(dashboard.getLong("membersByDistrict." + mine + ".female")).isEqualTo(total - male);
        assertThat(dashboard.getLong("membersByDistrict." + mine + ".councilors")).isEqualTo(10);

        assertThat(dashboard.getLong("units")).isEqualTo(sql.count("SELECT count(*) FROM units WHERE active"));
        assertThat(dashboard.getLong("registeredUnits")).isEqualTo(sql.count(
                "SELECT count(*) FROM unit_registrations r JOIN units u ON u.id = r.unit_id WHERE u.active"));
        assertThat(dashboard.getLong("unregisteredUnits"))
                .isEqualTo(dashboard.getLong("units") - dashboard.getLong("registeredUnits"));
        for (String status : List.of("REGISTRATION_STARTED", "SUBMITTED", "APPROVED", "RETURNED")) {
            assertThat(dashboard.getLong("registrationsByStatus." + status)).as(status).isEqualTo(
                    sql.count("SELECT count(*) FROM unit_registrations WHERE status = ?1", status));
        }
        String registeredMembers = "SELECT count(*) FROM members m JOIN unit_registrations r ON r.unit_id = m.unit_id";
        assertThat(dashboard.getLong("membersByGender.M"))
                .isEqualTo(sql.count(registeredMembers + " WHERE m.gender = 'M'"));
        assertThat(dashboard.getLong("membersByGender.F"))
                .isEqualTo(sql.count(registeredMembers + " WHERE m.gender = 'F'"));
        List<Map<String, Object>> bands = dashboard.getList("membersBySeniority");
        assertThat(bands).extracting(band -> band.get("label")).containsExactly("Junior", "Senior");
        assertThat(((Number) bands.get(0).get("members")).longValue()).isEqualTo(sql.count(registeredMembers
                + " WHERE m.date_of_birth BETWEEN DATE '2005-01-11' AND DATE '2011-06-30'"));
        assertThat(((Number) bands.get(1).get("members")).longValue()).isEqualTo(sql.count(registeredMembers
                + " WHERE m.date_of_birth BETWEEN DATE '1991-01-11' AND DATE '2005-01-10'"));
        assertThat(junior + senior).isPositive();

        long most = sql.count("SELECT max(n) FROM (SELECT count(*) n FROM members m"
                + " JOIN unit_registrations r ON r.unit_id = m.unit_id GROUP BY m.unit_id) sizes");
        assertThat(most).isGreaterThanOrEqualTo(BIG_UNIT_MEMBERS);
        List<Map<String, Object>> largest = dashboard.getList("largestUnits");
        assertThat(largest).allSatisfy(unit -> assertThat(((Number) unit.get("members")).longValue()).isEqualTo(most));
        if (most == BIG_UNIT_MEMBERS) {
            assertThat(largest).extracting(unit -> ((Number) unit.get("unitId")).longValue())
                    .contains(units.get(0).unitId());
        }

        // At most six for the figures, plus the one primary-key lookup of the access token's session that
        // every signed-in request makes (SessionFilter).
        assertThat(statements).as("one query per figure, whatever the number of units").isBetween(1L, 7L);
    }

    @Test
    void bandsAreCheckedAndTheDashboardIsForTheAdmin() {
        registry.admin().queryParam("band", "Junior:2011-06-30").get("/api/v1/admin/dashboard").then()
                .statusCode(400).body("errors.field", hasItem("band[0]"));
        registry.admin().queryParam("band", JUNIOR).queryParam("band", "Odd:2010-01-01:2001-01-01")
                .get("/api/v1/admin/dashboard").then().statusCode(400).body("errors.field", hasItem("band[1]"));
        // Without bands, the current edition's Junior and Senior ranges are counted (none without one).
        int expectedBands = sql.count("SELECT count(*) FROM editions WHERE is_current") == 0 ? 0 : 2;
        registry.admin().get("/api/v1/admin/dashboard").then().statusCode(200)
                .body("membersBySeniority.size()", equalTo(expectedBands))
                .body("registrationsByStatus.RETURNED", org.hamcrest.Matchers.notNullValue());
        RegistryApi.Unit unit = registry.registeredUnit();
        registry.as(unit.token()).get("/api/v1/admin/dashboard").then().statusCode(403);
        registry.admin().get("/api/v1/admin/registry/dashboard").then().statusCode(404);
    }

    private static boolean within(LocalDate born, String from, String to) {
        return !born.isBefore(LocalDate.parse(from)) && !born.isAfter(LocalDate.parse(to));
    }
}
