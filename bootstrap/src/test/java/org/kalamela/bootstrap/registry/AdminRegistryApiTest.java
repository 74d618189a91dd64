package org.kalamela.bootstrap.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin's lists across units, a unit's record and form, and the admin's edit of a member. */
@QuarkusTest
class AdminRegistryApiTest {

    private static final LocalDate ANU = LocalDate.of(2006, 4, 1);
    private static final LocalDate BINU = LocalDate.of(1995, 7, 15);
    private static final LocalDate CICY = LocalDate.of(2012, 1, 1);
    private static final LocalDate DAN = LocalDate.of(2004, 12, 31);

    @Inject
    SessionFactory sessionFactory;

    private final RegistryApi registry = new RegistryApi();
    private long district;
    private RegistryApi.Unit alpha;
    private RegistryApi.Unit beta;
    private long anu;
    private long binu;
    private long dan;

    /** Alpha (submitted): Anu F, Binu M (councilor), Cicy F, five officials; Beta (started): Dan M. */
    @BeforeEach
    void seed() {
        district = registry.district();
        alpha = registry.registeredUnit(district, registry.unitName(district, "Alpha"));
        beta = registry.registeredUnit(district, registry.unitName(district, "Beta"));
        registry.unitName(district, "Gamma");
        registry.as(alpha.token()).body(Map.of("registrationYear", 2010, "memberCount", 3))
                .put("/api/v1/unit/details").then().statusCode(200);
        registry.as(alpha.token()).body(RegistryApi.officials("Alpha")).put("/api/v1/unit/officials").then()
                .statusCode(200);
        anu = registry.addMember(alpha, "Anu", "F", ANU);
        binu = registry.addMember(alpha, "Binu", "M", BINU);
        registry.addMember(alpha, "Cicy", "F", CICY);
        dan = registry.addMember(beta, "Dan", "M", DAN);
        registry.as(alpha.token()).body(Map.of("memberIds", List.of(binu))).put("/api/v1/unit/councilors").then()
                .statusCode(200);
        registry.submit(alpha);
    }

    private RequestSpecification inDistrict() {
        return registry.admin().queryParam("districtId", district);
    }

    private static int age(LocalDate born) {
        return Period.between(born, LocalDate.now(ZoneOffset.UTC)).getYears();
    }

    @Test
    void unitsAreListedWithStatusAndMemberCountAndFiltered() {
        inDistrict().get("/api/v1/admin/units").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.unitName", contains("Alpha", "Beta"))
                .body("items.status", contains("SUBMITTED", "REGISTRATION_STARTED"))
                .body("items.memberCount", contains(3, 1))
                .body("items[0].registrationNumber", equalTo(alpha.registrationNumber()));
        inDistrict().queryParam("status", "submitted").get("/api/v1/admin/units").then().statusCode(200)
                .body("items.unitName", contains("Alpha"));
        inDistrict().queryParam("name", "ET").get("/api/v1/admin/units").then().statusCode(200)
                .body("items.unitName", contains("Beta"));
        inDistrict().queryParam("status", "LOST").get("/api/v1/admin/units").then().statusCode(400)
                .body("errors.field", contains("status"));
        registry.admin().queryParam("size", 201).get("/api/v1/admin/units").then().statusCode(400)
                .body("errors.field", contains("size"));
    }

    @Test
    void aUnitsWholeRecordAndItsPrintableForm() {
        registry.admin().get("/api/v1/admin/units/" + alpha.unitId()).then().statusCode(200)
                .body("unitName", equalTo("Alpha"))
                .body("registration.status", equalTo("SUBMITTED"))
                .body("details.registrationYear", equalTo(2010))
                .body("officials.secretary.name", equalTo("Alpha secretary"))
                .body("councilors.name", contains("Binu"))
                .body("members.name", contains("Anu", "Binu", "Cicy"))
                .body("members.age", contains(age(ANU), age(BINU), age(CICY)));
        registry.admin().get("/api/v1/admin/units/" + alpha.unitId() + "/registration-form").then().statusCode(200)
                .body("registrationNumber", equalTo(alpha.registrationNumber()))
                .body("unit", equalTo("Alpha"))
                .body("registrationYear", equalTo(2010))
                .body("officials.size()", equalTo(5))
                .body("councilors[0].name", equalTo("Binu"))
                .body("members.dateOfBirth", contains(ANU.toString(), BINU.toString(), CICY.toString()));
        registry.admin().get("/api/v1/admin/units/" + registry.unitName(district)).then().statusCode(404);
    }

    @Test
    void membersAreFilteredByDistrictUnitGenderAgeAndNameInOneQueryPerPage() {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        inDistrict().get("/api/v1/admin/members").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.name", contains("Anu", "Binu", "Cicy", "Dan"))
                .body("items[0].unitName", equalTo("Alpha"))
                .body("items[0].age", equalTo(age(ANU)));
        // The page and its count, plus the one primary-key lookup of the access token's session that every
        // signed-in request makes (SessionFilter).
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount() - before).isBetween(1L, 3L);

        inDistrict().queryParam("gender", "F").get("/api/v1/admin/members").then()
                .body("items.name", contains("Anu", "Cicy"));
        inDistrict().queryParam("minAge", age(ANU)).queryParam("maxAge", age(DAN)).get("/api/v1/admin/members")
                .then().body("items.name", containsInAnyOrder("Anu", "Dan"));
        inDistrict().queryParam("minAge", age(BINU)).get("/api/v1/admin/members").then()
                .body("items.name", contains("Binu"));
        registry.admin().queryParam("unitId", beta.unitId()).get("/api/v1/admin/members").then()
                .body("items.name", contains("Dan"));
        inDistrict().queryParam("name", "INU").get("/api/v1/admin/members").then()
                .body("items.name", contains("Binu"));
        inDistrict().queryParam("size", 3).queryParam("page", 1).get("/api/v1/admin/members").then()
                .body("items.name", contains("Dan")).body("total", equalTo(4)).body("page", equalTo(1));
        inDistrict().queryParam("gender", "X").queryParam("minAge", 5).queryParam("maxAge", 3)
                .get("/api/v1/admin/members").then().statusCode(400).body("errors.field", hasItem("gender"));
        inDistrict().queryParam("minAge", 5).queryParam("maxAge", 3).get("/api/v1/admin/members").then()
                .statusCode(400).body("errors.field", contains("maxAge"));
    }

    @Test
    void councilorsAndOfficialsAcrossUnits() {
        inDistrict().get("/api/v1/admin/councilors").then().statusCode(200)
                .body("items.name", contains("Binu")).body("items[0].gender", equalTo("M"));
        inDistrict().queryParam("gender", "F").get("/api/v1/admin/councilors").then().body("total", equalTo(0));
        inDistrict().get("/api/v1/admin/officials").then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.office", contains("PRESIDENT", "VICE_PRESIDENT", "SECRETARY", "JOINT_SECRETARY",
                        "TREASURER"))
                .body("items[1].officeTitle", equalTo("Vice President"));
        inDistrict().queryParam("office", "jointSecretary").get("/api/v1/admin/officials").then()
                .body("items.name", contains("Alpha jointSecretary"));
        inDistrict().queryParam("office", "CHAPLAIN").get("/api/v1/admin/officials").then().statusCode(400)
                .body("errors.field", contains("office"));
    }

    @Test
    void theAdminEditsAnyMemberAndTheChangeIsAudited() {
        Map<String, Object> edited = RegistryApi.member("Anu Mathew", "F", ANU.minusYears(1));
        registry.admin().body(edited).put("/api/v1/admin/members/" + anu).then().statusCode(200)
                .body("name", equalTo("Anu Mathew"));
        registry.admin().queryParam("action", "MEMBER_EDITED_BY_ADMIN").get("/api/v1/admin/audit-log").then()
                .body("items.find { it.targetId == '" + anu + "' }.details.dateOfBirth",
                        equalTo(ANU + " -> " + ANU.minusYears(1)));

        Map<String, Object> twin = RegistryApi.member("Anu Mathew", "F", ANU.minusYears(1));
        twin.put("phone", edited.get("phone"));
        registry.admin().body(twin).put("/api/v1/admin/members/" + binu).then().statusCode(409)
                .body("code", equalTo("PHONE_IN_USE"));
        registry.admin().body(Map.of("name", "")).put("/api/v1/admin/members/" + dan).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "gender", "dateOfBirth", "phone"));
        registry.admin().body(edited).put("/api/v1/admin/members/999999999").then().statusCode(404);
        registry.as(beta.token()).body(edited).put("/api/v1/admin/members/" + dan).then().statusCode(403);
    }
}
