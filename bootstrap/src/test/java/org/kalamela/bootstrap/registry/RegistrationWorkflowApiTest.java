package org.kalamela.bootstrap.registry;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registration's state machine over HTTP: started → submitted → returned → submitted → approved. */
@QuarkusTest
class RegistrationWorkflowApiTest {

    private static final LocalDate BORN = LocalDate.of(2001, 8, 30);

    private final RegistryApi registry = new RegistryApi();

    @Test
    void anIncompleteRegistrationCannotBeSubmitted() {
        RegistryApi.Unit unit = registry.registeredUnit();
        registry.as(unit.token()).post("/api/v1/unit/registration/submit").then().statusCode(409)
                .body("code", equalTo("REGISTRATION_INCOMPLETE"))
                .body("detail", containsString("unit details"))
                .body("detail", containsString("officials"));
    }

    @Test
    void submittedReturnedFixedResubmittedAndApproved() {
        RegistryApi.Unit unit = registry.registeredUnit();
        registry.completeRecord(unit);
        long member = registry.addMember(unit, "Gigi", "F", BORN);
        registry.submit(unit);

        registry.as(unit.token()).body(Map.of("registrationYear", 2016, "memberCount", 41))
                .put("/api/v1/unit/details").then().statusCode(409).body("code", equalTo("UNIT_LOCKED"));
        registry.as(unit.token()).body(RegistryApi.member("Hana", "F", BORN)).post("/api/v1/unit/members").then()
                .statusCode(409).body("code", equalTo("UNIT_LOCKED"));
        registry.as(unit.token()).delete("/api/v1/unit/members/" + member).then().statusCode(409)
                .body("code", equalTo("UNIT_LOCKED"));
        registry.as(unit.token()).post("/api/v1/unit/registration/submit").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_REGISTRATION_TRANSITION"));

        String returnPath = "/api/v1/admin/units/" + unit.unitId() + "/return";
        registry.admin().body(Map.of("reason", "  ")).post(returnPath).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        registry.admin().body(Map.of("reason", "The treasurer's phone is wrong")).post(returnPath).then()
                .statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("The treasurer's phone is wrong"));
        registry.as(unit.token()).get("/api/v1/unit/record").then().statusCode(200)
                .body("registration.status", equalTo("RETURNED"))
                .body("registration.returnReason", equalTo("The treasurer's phone is wrong"));
        registry.admin().post("/api/v1/admin/units/" + unit.unitId() + "/approve").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_REGISTRATION_TRANSITION"));

        registry.as(unit.token()).body(RegistryApi.officials("Fixed")).put("/api/v1/unit/officials").then()
                .statusCode(200);
        registry.submit(unit);
        registry.as(unit.token()).get("/api/v1/unit/record").then()
                .body("registration.returnReason", nullValue());
        registry.approve(unit);
        registry.admin().post("/api/v1/admin/units/" + unit.unitId() + "/approve").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_REGISTRATION_TRANSITION"));
        registry.admin().body(Map.of("reason", "Too late")).post(returnPath).then().statusCode(409);

        for (String action : new String[] {"REGISTRATION_SUBMITTED", "REGISTRATION_RETURNED",
                "REGISTRATION_APPROVED"}) {
            registry.admin().queryParam("action", action).get("/api/v1/admin/audit-log").then().statusCode(200)
                    .body("items.targetId", hasItem(Long.toString(unit.unitId())));
        }
    }

    @Test
    void anApprovedUnitKeepsItsMembersCurrentAndNothingElse() {
        RegistryApi.Unit unit = registry.registeredUnit();
        registry.completeRecord(unit);
        long member = registry.addMember(unit, "Jisha", "F", BORN);
        registry.submit(unit);
        registry.approve(unit);

        long added = registry.addMember(unit, "Kiran", "M", BORN);
        Map<String, Object> newPhone = RegistryApi.member("Jisha", "F", BORN);
        registry.as(unit.token()).body(newPhone).put("/api/v1/unit/members/" + member).then().statusCode(200);
        registry.as(unit.token()).delete("/api/v1/unit/members/" + added).then().statusCode(409)
                .body("code", equalTo("UNIT_LOCKED"));
        registry.as(unit.token()).body(RegistryApi.officials("Late")).put("/api/v1/unit/officials").then()
                .statusCode(409).body("code", equalTo("UNIT_LOCKED"));
        registry.as(unit.token()).body(Map.of("memberIds", new long[] {member})).put("/api/v1/unit/councilors")
                .then().statusCode(409).body("code", equalTo("UNIT_LOCKED"));

        registry.admin().queryParam("action", "MEMBER_ADDED").get("/api/v1/admin/audit-log").then().statusCode(200)
                .body("items.targetId", hasItem(Long.toString(added)));
        registry.admin().queryParam("action", "MEMBER_EDITED").get("/api/v1/admin/audit-log").then().statusCode(200)
                .body("items.find { it.targetId == '" + member + "' }.details.phone", containsString(" -> "));
    }

    @Test
    void theAdminReviewsOnlyRegisteredUnits() {
        long district = registry.district();
        long unregistered = registry.unitName(district);
        registry.admin().post("/api/v1/admin/units/" + unregistered + "/approve").then().statusCode(404);
        registry.admin().post("/api/v1/admin/units/-3/approve").then().statusCode(404);
        RegistryApi.Unit started = registry.registeredUnit(district);
        registry.admin().post("/api/v1/admin/units/" + started.unitId() + "/approve").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_REGISTRATION_TRANSITION"));
        registry.as(started.token()).post("/api/v1/admin/units/" + started.unitId() + "/approve").then()
                .statusCode(403);
    }
}
