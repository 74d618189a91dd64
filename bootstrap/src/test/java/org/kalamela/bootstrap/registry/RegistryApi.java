package org.kalamela.bootstrap.registry;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.kalamela.bootstrap.support.Api;

/**
 * The registry's steps over HTTP, as the tests take them: the admin makes districts and unit names, a unit
 * registers (each registration from its own client address, so the per-address limit of the registration
 * endpoint does not stop a test that registers several units) and fills in its record.
 */
final class RegistryApi {

    static final String PASSWORD = "Unit-Password-2026";

    private final Api api = Api.newClient();
    private String adminToken;

    /** A registered unit, signed in. */
    record Unit(long districtId, long unitId, String registrationNumber, String token) {
    }

    Api api() {
        return api;
    }

    /** Signed in on first use: tests build their RegistryApi before the server's port is known. */
    String adminToken() {
        if (adminToken == null) {
            adminToken = api.adminToken();
        }
        return adminToken;
    }

    RequestSpecification admin() {
        return api.as(adminToken());
    }

    RequestSpecification as(String token) {
        return api.as(token);
    }

    static String unique(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String aPhone() {
        return "9" + String.format(Locale.ROOT, "%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    static String anEmail() {
        return "unit-" + UUID.randomUUID() + "@example.org";
    }

    long district() {
        return district(unique("District"));
    }

    long district(String name) {
        return admin().body(Map.of("name", name)).post("/api/v1/admin/districts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    long unitName(long districtId) {
        return unitName(districtId, unique("Unit"));
    }

    long unitName(long districtId, String name) {
        return admin().body(Map.of("districtId", districtId, "name", name)).post("/api/v1/admin/unit-names").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    Unit registeredUnit() {
        return registeredUnit(district());
    }

    Unit registeredUnit(long districtId) {
        return registeredUnit(districtId, unitName(districtId));
    }

    Unit registeredUnit(long districtId, long unitId) {
        String number = Api.newClient().request()
                .body(Map.of("districtId", districtId, "unitId", unitId, "phone", aPhone(), "email", anEmail(),
                        "password", PASSWORD))
                .post("/api/v1/auth/register-unit").then().statusCode(201)
                .extract().jsonPath().getString("registrationNumber");
        return new Unit(districtId, unitId, number, api.accessToken(number, PASSWORD));
    }

    static Map<String, Object> member(String name, String gender, LocalDate born) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("name", name);
        member.put("gender", gender);
        member.put("dateOfBirth", born.toString());
        member.put("phone", aPhone());
        return member;
    }

    long addMember(Unit unit, String name, String gender, LocalDate born) {
        return addMember(unit, member(name, gender, born));
    }

    long addMember(Unit unit, Map<String, Object> member) {
        return as(unit.token()).body(member).post("/api/v1/unit/members").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> officials(String prefix) {
        Map<String, Object> officials = new LinkedHashMap<>();
        for (String office : List.of("president", "vicePresident", "secretary", "jointSecretary", "treasurer")) {
            officials.put(office, Map.of("name", prefix + " " + office, "phone", aPhone()));
        }
        return officials;
    }

    /** Details, the five officials and one member: what a submission needs. */
    void completeRecord(Unit unit) {
        as(unit.token()).body(Map.of("registrationYear", 2015, "memberCount", 40)).put("/api/v1/unit/details")
                .then().statusCode(200);
        as(unit.token()).body(officials("Holder")).put("/api/v1/unit/officials").then().statusCode(200);
        addMember(unit, unique("Member"), "F", LocalDate.of(2004, 3, 9));
    }

    void submit(Unit unit) {
        as(unit.token()).post("/api/v1/unit/registration/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    void approve(Unit unit) {
        admin().post("/api/v1/admin/units/" + unit.unitId() + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }
}
