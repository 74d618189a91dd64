package org.kalamela.bootstrap.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.conference.ConferenceApi.District;
import org.kalamela.bootstrap.festival.FestivalSql;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * Appointing the official of a district without an account makes the account: never with a password that can
 * be guessed from the member (the old app's name + phone digits), only a random one shown once, or a link.
 */
@QuarkusTest
class ConferenceAppointmentApiTest {

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private ConferenceApi conference;
    private String base;

    @BeforeEach
    void activeConference() {
        conference = new ConferenceApi(sql, accounts);
        base = "/api/v1/conference/" + conference.activeConference("Appointments");
    }

    @Test
    void a_one_time_password_is_random_shown_once_and_must_be_replaced() {
        District adoor = conference.district(2, 5, false);
        long mary = conference.member(adoor, "Mary Thomas", "F");
        String phone = (String) sql.rows("SELECT phone, name FROM members WHERE id = ?1", mary).get(0)[0];

        ExtractableResponse<Response> appointed = conference.admin().body(Map.of("memberId", mary,
                        "foodPreference", "VEG", "accommodation", true, "delivery", "ONE_TIME_PASSWORD"))
                .post(base + "/delegates/official-from-member").then().statusCode(201)
                .header("Cache-Control", "no-store").body("accountCreated", equalTo(true)).extract();
        String password = appointed.jsonPath().getString("oneTimePassword");
        String username = appointed.jsonPath().getString("account.username");

        assertThat(password).hasSizeGreaterThanOrEqualTo(20).doesNotContainIgnoringCase("mary")
                .doesNotContainIgnoringCase("thomas").doesNotContain(phone.substring(0, 2) + phone.substring(8));
        for (String guess : List.of("marythomas" + phone.substring(0, 2), "MaryThomas" + phone.substring(0, 2),
                "mary" + phone.substring(0, 2), phone)) {
            conference.api.login(username, guess).statusCode(401).body("code", equalTo("INVALID_CREDENTIALS"));
        }
        conference.api.login(username, password).statusCode(200).body("passwordChangeRequired", equalTo(true));
        conference.admin().get(appointed.header("Location")).then().statusCode(200)
                .body("kind", equalTo("OFFICIAL"));
        assertThat(appointed.jsonPath().getString("account.displayName")).isEqualTo("Mary Thomas");
    }

    @Test
    void without_an_account_a_delivery_is_required_and_with_one_it_is_refused() {
        District kollam = conference.district(2, 5, false);
        conference.admin().body(Map.of("memberId", conference.member(kollam, "Anna", "F"), "foodPreference", "VEG",
                        "accommodation", true)).post(base + "/delegates/official-from-member").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("delivery"));
        assertThat(sql.count("SELECT count(*) FROM accounts WHERE district_id = ?1", kollam.id())).isZero();

        conference.admin().body(Map.of("memberId", conference.member(kollam, "Betty", "F"), "foodPreference", "VEG",
                        "accommodation", true, "delivery", "INVITATION", "email", "kollam.official@example.org"))
                .post(base + "/delegates/official-from-member").then().statusCode(201)
                .body("oneTimePassword", equalTo(null)).body("account.email", equalTo("kollam.official@example.org"));
        conference.admin().body(Map.of("memberId", conference.member(kollam, "Cicily", "F"), "foodPreference", "VEG",
                        "accommodation", true, "delivery", "ONE_TIME_PASSWORD"))
                .post(base + "/delegates/official-from-member").then().statusCode(400)
                .body("errors[0].field", equalTo("delivery"));
        assertThat(sql.count("SELECT count(*) FROM accounts WHERE district_id = ?1", kollam.id())).isEqualTo(1);
    }
}
