package org.kalamela.bootstrap.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;

@QuarkusTest
class UnitRegistrationApiTest {

    private final RegistryApi registry = new RegistryApi();

    private Map<String, Object> form(long district, long unit) {
        Map<String, Object> form = new HashMap<>();
        form.put("districtId", district);
        form.put("unitId", unit);
        form.put("phone", "+91 " + RegistryApi.aPhone());
        form.put("email", RegistryApi.anEmail());
        form.put("password", RegistryApi.PASSWORD);
        return form;
    }

    @Test
    void aUnitRegistersAndSignsInWithItsRegistrationNumber() {
        String districtName = RegistryApi.unique("Kottayam");
        long district = registry.district(districtName);
        long unit = registry.unitName(district);

        var answer = Api.newClient().request().body(form(district, unit)).post("/api/v1/auth/register-unit").then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("unitId", equalTo((int) unit))
                .body("status", equalTo("REGISTRATION_STARTED"))
                .extract().jsonPath();
        String number = answer.getString("registrationNumber");
        assertThat(number).matches("KOT-\\d{4}-\\d{4,}");
        assertThat(answer.getString("username")).isEqualTo(number);

        String token = registry.api().accessToken(number.toLowerCase(), RegistryApi.PASSWORD);
        registry.as(token).get("/api/v1/auth/me").then().statusCode(200)
                .body("role", equalTo("UNIT")).body("unitId", equalTo((int) unit));
        registry.as(token).get("/api/v1/unit/record").then().statusCode(200)
                .body("registration.registrationNumber", equalTo(number))
                .body("registration.status", equalTo("REGISTRATION_STARTED"))
                .body("districtName", equalTo(districtName))
                .body("members.size()", equalTo(0));
        registry.admin().queryParam("action", "UNIT_REGISTERED").get("/api/v1/admin/audit-log").then()
                .statusCode(200).body("items.actorName", hasItem(number));
    }

    @Test
    void aUnitWithAnAccountAPhoneOrEmailInUseAndAWeakPasswordAreRefused() {
        long district = registry.district();
        long unit = registry.unitName(district);
        Map<String, Object> first = form(district, unit);
        Api.newClient().request().body(first).post("/api/v1/auth/register-unit").then().statusCode(201);

        Api.newClient().request().body(form(district, unit)).post("/api/v1/auth/register-unit").then()
                .statusCode(409).body("code", equalTo("UNIT_ALREADY_REGISTERED"));
        Map<String, Object> samePhone = form(district, registry.unitName(district));
        samePhone.put("phone", first.get("phone"));
        Api.newClient().request().body(samePhone).post("/api/v1/auth/register-unit").then().statusCode(409)
                .body("code", equalTo("PHONE_IN_USE"));
        Map<String, Object> sameEmail = form(district, registry.unitName(district));
        sameEmail.put("email", first.get("email").toString().toUpperCase());
        Api.newClient().request().body(sameEmail).post("/api/v1/auth/register-unit").then().statusCode(409)
                .body("code", equalTo("EMAIL_IN_USE"));
        Map<String, Object> weak = form(district, registry.unitName(district));
        weak.put("password", "tooShort1");
        Api.newClient().request().body(weak).post("/api/v1/auth/register-unit").then().statusCode(400)
                .body("code", equalTo("WEAK_PASSWORD")).body("errors.field", hasItem("password"));
    }

    @Test
    void invalidFieldsAreReportedTogetherByName() {
        Api.newClient().request().body(Map.of("phone", "12345", "email", "not-an-email"))
                .post("/api/v1/auth/register-unit").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("districtId", "unitId", "password", "phone", "email"));
        Api.newClient().request().body("{\"districtId\":1,\"colour\":\"red\"}").post("/api/v1/auth/register-unit")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void onlyAnOpenUnitOfTheChosenDistrictCanRegister() {
        long district = registry.district();
        long other = registry.district();
        long unitOfOther = registry.unitName(other);
        long inactive = registry.unitName(district);
        registry.admin().post("/api/v1/admin/unit-names/" + inactive + "/deactivate").then().statusCode(200);

        Api.newClient().request().body(form(district, unitOfOther)).post("/api/v1/auth/register-unit").then()
                .statusCode(400).body("errors.field", hasItem("unitId"));
        Api.newClient().request().body(form(district, inactive)).post("/api/v1/auth/register-unit").then()
                .statusCode(400).body("errors.field", hasItem("unitId"));
        registry.admin().post("/api/v1/admin/districts/" + other + "/deactivate").then().statusCode(200);
        Api.newClient().request().body(form(other, unitOfOther)).post("/api/v1/auth/register-unit").then()
                .statusCode(400).body("errors.field", hasItem("districtId"));
    }

    @Test
    void registrationIsRateLimitedPerClientAddress() {
        Api client = Api.newClient();
        for (int i = 0; i < 10; i++) {
            client.request().body(Map.of()).post("/api/v1/auth/register-unit").then().statusCode(400);
        }
        client.request().body(Map.of()).post("/api/v1/auth/register-unit").then().statusCode(429)
                .body("code", equalTo("RATE_LIMITED")).header("Retry-After", notNullValue());
        Api.newClient().request().body(Map.of()).post("/api/v1/auth/register-unit").then().statusCode(400);
    }
}
