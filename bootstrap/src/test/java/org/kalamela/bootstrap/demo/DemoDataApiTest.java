package org.kalamela.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;

/**
 * The demo data as bin/serve loads it into an empty database (Flyway empties the test database at this
 * profile's start): the conference screens have something to show, a conference with delegates in most districts
 * and the districts' fees at every step of a payment.
 */
@QuarkusTest
@TestProfile(DemoDataApiTest.WithDemoData.class)
class DemoDataApiTest {

    private static final String UNIT_PASSWORD = "Demo-Unit-Password-1";

    @Test
    void theDemoConferenceHasDelegatesAndPaymentsAtEveryStep() {
        Api api = Api.newClient();
        String admin = api.adminToken();
        JsonPath conferences = api.as(admin).get("/api/v1/conference").then().statusCode(200).extract().jsonPath();
        assertThat(conferences.getList("items.title", String.class)).containsExactly(DemoConference.TITLE);
        long id = conferences.getLong("items[0].id");

        JsonPath summary = api.as(admin).get("/api/v1/conference/" + id + "/summary").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> districts = summary.getList("districts");
        assertThat(districts).hasSize(12);
        assertThat(districts).extracting(d -> d.get("paymentStatus")).contains("APPROVED", "PROOF_SUBMITTED",
                "AWAITING_PROOF", "REJECTED", "NOT_CREATED");
        assertThat(districts).filteredOn(d -> ((Integer) d.get("delegates")) > 0).hasSize(9);
        assertThat(districts).allSatisfy(d -> assertThat((Integer) d.get("officials")).isLessThanOrEqualTo(1));
        assertThat(summary.getInt("totals.veg")).isPositive();
        assertThat(summary.getInt("totals.nonVeg")).isPositive();
        assertThat(summary.getInt("totals.accommodation")).isPositive();
        assertThat(summary.getString("totals.paid")).isNotEqualTo("0.00");

        api.as(admin).get("/api/v1/conference/" + id + "/payments").then().statusCode(200)
                .body("total", equalTo(4));
        api.as(admin).get("/api/v1/conference/" + id + "/payments?status=PROOF_SUBMITTED").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].proofs", equalTo(1));
    }

    /** The demo data on, with a known password for the demo units (the officials' are one-time, logged). */
    public static class WithDemoData implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kalamela.demo-data.enabled", "true", "kalamela.demo-data.password", UNIT_PASSWORD);
        }
    }
}
