package org.kalamela.bootstrap.registry;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

@QuarkusTest
class UnitRecordApiTest {

    private static final LocalDate BORN = LocalDate.of(2003, 5, 17);

    @Inject
    RegistrySql sql;

    @Inject
    TestAccounts accounts;

    private final RegistryApi registry = new RegistryApi();

    @Test
    void aUnitKeepsItsDetailsMembersOfficialsAndCouncilors() {
        RegistryApi.Unit unit = registry.registeredUnit();
        registry.as(unit.token()).body(Map.of("registrationYear", 1998, "memberCount", 35))
                .put("/api/v1/unit/details").then().statusCode(200).body("registrationYear", equalTo(1998));
        registry.as(unit.token()).body(RegistryApi.officials("Office")).put("/api/v1/unit/officials").then()
                .statusCode(200).body("vicePresident.name", equalTo("Office vicePresident"))
                .body("treasurer.title", equalTo("Treasurer"));

        Map<String, Object> anu = RegistryApi.member("  Anu   Mathew ", "F", BORN);
        anu.put("qualification", "BSc Nursing");
        anu.put("bloodGroup", "b +ve");
        long anuId = registry.as(unit.token()).body(anu).post("/api/v1/unit/members").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/unit/members/\\d+"))
                .body("name", equalTo("Anu Mathew"))
                .body("bloodGroup", equalTo("B+"))
                .extract().jsonPath().getLong("id");
        long binuId = registry.addMember(unit, "Binu", "M", LocalDate.of(1996, 1, 2));
        registry.as(unit.token()).body(Map.of("memberIds", List.of(binuId, anuId))).put("/api/v1/unit/councilors")
                .then().statusCode(200).body("memberIds", contains((int) binuId, (int) anuId));

        int age = Period.between(BORN, LocalDate.now(ZoneOffset.UTC)).getYears();
        registry.as(unit.token()).get("/api/v1/unit/record").then().statusCode(200)
                .body("details.memberCount", equalTo(35))
                .body("officials.president.name", equalTo("Office president"))
                .body("members.name", contains("Anu Mathew", "Binu"))
                .body("members[0].age", equalTo(age))
                .body("councilors.name", contains("Binu", "Anu Mathew"));
        registry.as(unit.token()).get("/api/v1/unit/registration-form").then().statusCode(200)
                .body("officials.office", contains("President", "Vice President", "Secretary", "Joint Secretary",
                        "Treasurer"))
                .body("members.number", contains(1, 2))
                .body("membersListed", equalTo(2));

        Map<String, Object> edited = RegistryApi.member("Anu Mathew", "F", BORN);
        registry.as(unit.token()).body(edited).put("/api/v1/unit/members/" + anuId).then().statusCode(200)
                .body("phone", equalTo(edited.get("phone"))).body("qualification", nullValue());
        registry.as(unit.token()).delete("/api/v1/unit/members/" + binuId).then().statusCode(204);
        registry.as(unit.token()).get("/api/v1/unit/record").then().statusCode(200)
                .body("members.name", contains("Anu Mathew"))
                .body("councilors.name", contains("Anu Mathew"));
    }

    @Test
    void everyInvalidFieldOfAMemberIsReportedAtOnce() {
        RegistryApi.Unit unit = registry.registeredUnit();
        registry.as(unit.token()).body(Map.of("name", " ", "gender", "X", "dateOfBirth",
                        LocalDate.now().plusDays(2).toString(), "phone", "12345", "bloodGroup", "C+"))
                .post("/api/v1/unit/members").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("name", "gender", "dateOfBirth", "phone", "bloodGroup"));
        registry.as(unit.token()).body(Map.of("name", "Old", "gender", "M", "dateOfBirth", "1930-01-01",
                "phone", RegistryApi.aPhone())).post("/api/v1/unit/members").then().statusCode(400)
                .body("errors.field", contains("dateOfBirth"));
        registry.as(unit.token()).body("{\"name\":\"A\",\"dateOfBirth\":\"17-05-2003\"}").post("/api/v1/unit/members")
                .then().statusCode(400).body("errors.field", contains("dateOfBirth"));
        registry.as(unit.token()).body(Map.of("president", Map.of("name", "P", "phone", "123"),
                        "treasurer", Map.of("phone", RegistryApi.aPhone())))
                .put("/api/v1/unit/officials").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("president.phone", "vicePresident.name",
                        "vicePresident.phone", "secretary.name", "secretary.phone", "jointSecretary.name",
                        "jointSecretary.phone", "treasurer.name"));
        registry.as(unit.token()).body(Map.of("registrationYear", 1800)).put("/api/v1/unit/details").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("registrationYear", "memberCount"));
    }

    @Test
    void aPhoneBelongsToOneMemberAndAUnitHasNoTwins() {
        RegistryApi.Unit unit = registry.registeredUnit();
        RegistryApi.Unit other = registry.registeredUnit();
        Map<String, Object> first = RegistryApi.member("Cicily", "F", BORN);
        registry.addMember(unit, first);

        Map<String, Object> samePhone = RegistryApi.member("Deepa", "F", BORN);
        samePhone.put("phone", first.get("phone"));
        registry.as(other.token()).body(samePhone).post("/api/v1/unit/members").then().statusCode(409)
                .body("code", equalTo("PHONE_IN_USE"));
        registry.as(unit.token()).body(RegistryApi.member("CICILY", "F", BORN)).post("/api/v1/unit/members").then()
                .statusCode(409).body("code", equalTo("DUPLICATE_MEMBER"));
        registry.addMember(other, "Cicily", "F", BORN);
    }

    @Test
    void aUnitCannotReadOrChangeAnotherUnitsMembers() {
        RegistryApi.Unit mine = registry.registeredUnit();
        RegistryApi.Unit theirs = registry.registeredUnit();
        long theirMember = registry.addMember(theirs, "Elsa", "F", BORN);

        registry.as(mine.token()).body(RegistryApi.member("Elsa", "F", BORN))
                .put("/api/v1/unit/members/" + theirMember).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        registry.as(mine.token()).delete("/api/v1/unit/members/" + theirMember).then().statusCode(404);
        registry.as(mine.token()).body(Map.of("memberIds", List.of(theirMember))).put("/api/v1/unit/councilors")
                .then().statusCode(404);
        registry.as(mine.token()).get("/api/v1/unit/members").then().statusCode(200).body("items", empty())
                .body("total", equalTo(0));
        registry.as(mine.token()).get("/api/v1/admin/units/" + theirs.unitId()).then().statusCode(403);
        registry.as(theirs.token()).get("/api/v1/unit/members").then().statusCode(200).body("items.id", hasItem(
                (int) theirMember));
    }

    @Test
    void anOfficialOrTheAdminCannotUseUnitEndpoints() {
        var district = accounts.district(TestAccounts.unique("District"));
        String username = TestAccounts.unique("official");
        accounts.official(username, null, null, "Correct-Horse-42", district);
        String official = registry.api().accessToken(username, "Correct-Horse-42");

        for (String token : List.of(official, registry.adminToken())) {
            registry.as(token).get("/api/v1/unit/record").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
            registry.as(token).body(RegistryApi.member("X", "M", BORN)).post("/api/v1/unit/members").then()
                    .statusCode(403);
            registry.as(token).body(Map.of("registrationYear", 2000, "memberCount", 1)).put("/api/v1/unit/details")
                    .then().statusCode(403);
            registry.as(token).post("/api/v1/unit/registration/submit").then().statusCode(403);
        }
        registry.api().request().get("/api/v1/unit/record").then().statusCode(401);
    }

    @Test
    void aMemberWithFestivalEntriesKeepsNameGenderAndBirthDateUnlessTheAdminChangesThem() {
        RegistryApi.Unit unit = registry.registeredUnit();
        Map<String, Object> form = RegistryApi.member("Febin", "M", BORN);
        long febin = registry.addMember(unit, form);
        int edition = sql.enterInAnEvent(febin);
        try {
            Map<String, Object> renamed = RegistryApi.member("Febin George", "M", BORN);
            registry.as(unit.token()).body(renamed).put("/api/v1/unit/members/" + febin).then().statusCode(409)
                    .body("code", equalTo("MEMBER_HAS_ENTRIES"));
            registry.as(unit.token()).delete("/api/v1/unit/members/" + febin).then().statusCode(409)
                    .body("code", equalTo("MEMBER_HAS_ENTRIES"));
            Map<String, Object> newPhone = RegistryApi.member("Febin", "M", BORN);
            newPhone.put("bloodGroup", "O-");
            registry.as(unit.token()).body(newPhone).put("/api/v1/unit/members/" + febin).then().statusCode(200)
                    .body("bloodGroup", equalTo("O-"));

            registry.admin().body(renamed).put("/api/v1/admin/members/" + febin).then().statusCode(200)
                    .body("name", equalTo("Febin George"));
            registry.admin().queryParam("action", "MEMBER_EDITED_BY_ADMIN").get("/api/v1/admin/audit-log").then()
                    .statusCode(200)
                    .body("items.find { it.targetId == '" + febin + "' }.details.name", equalTo("Febin -> Febin George"));
        } finally {
            sql.dropEdition(edition);
        }
    }

    @Test
    void aUnitsMembersComePageByPageAndEachIsReadAtItsLocation() {
        RegistryApi.Unit unit = registry.registeredUnit();
        RegistryApi.Unit other = registry.registeredUnit();
        String anu = registry.as(unit.token()).body(RegistryApi.member("Anu", "F", BORN)).post("/api/v1/unit/members")
                .then().statusCode(201).extract().header("Location");
        long binu = registry.addMember(unit, "Binu", "M", BORN);
        long chinnu = registry.addMember(unit, "Chinnu", "F", BORN);
        long theirs = registry.addMember(other, "Dani", "M", BORN);

        registry.as(unit.token()).queryParam("page", 1).queryParam("size", 2).get("/api/v1/unit/members").then()
                .statusCode(200).body("items.id", contains((int) chinnu)).body("page", equalTo(1))
                .body("size", equalTo(2)).body("total", equalTo(3));
        registry.as(unit.token()).get("/api/v1/unit/members").then().statusCode(200)
                .body("items.name", contains("Anu", "Binu", "Chinnu")).body("size", equalTo(50));
        registry.as(unit.token()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                .get("/api/v1/unit/members").then().statusCode(200).body("items", empty()).body("total", equalTo(3));
        registry.as(unit.token()).queryParam("size", 201).get("/api/v1/unit/members").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("size"));

        registry.as(unit.token()).get(java.net.URI.create(anu).getPath()).then().statusCode(200)
                .body("name", equalTo("Anu")).body("age", equalTo(Period.between(BORN,
                        LocalDate.now(ZoneOffset.UTC)).getYears()));
        registry.as(unit.token()).get("/api/v1/unit/members/" + binu).then().statusCode(200)
                .body("id", equalTo((int) binu)).body("gender", equalTo("M"));
        registry.as(unit.token()).get("/api/v1/unit/members/" + theirs).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        registry.admin().get("/api/v1/unit/members/" + binu).then().statusCode(403);
        registry.api().request().get("/api/v1/unit/members/" + binu).then().statusCode(401);
    }
}
