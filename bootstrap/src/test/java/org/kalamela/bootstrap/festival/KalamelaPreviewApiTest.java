package org.kalamela.bootstrap.festival;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.kalamela.bootstrap.festival.PaymentApi.ADMIN_PAYMENTS;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * The Kalamela previews over HTTP: counts, fees, dues, paid and balance as exact decimal strings, the latest
 * payment's status, and a credit (never a negative balance) after an entry is removed once a payment was approved.
 */
@QuarkusTest
class KalamelaPreviewApiTest {

    private static final int YEAR = 2313;
    private static final String OFFICIAL_PREVIEW = "/api/v1/kalamela/official/preview";
    private static final String ADMIN_PREVIEW = "/api/v1/kalamela/admin/preview";
    private static final String PRINT = "/api/v1/kalamela/official/print";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private PaymentApi payments;
    private FestivalApi.District district;
    private long unit;
    private long solo;
    private long duet;

    @BeforeEach
    void districtWithEntries() {
        payments = new PaymentApi(festival, sql);
        festival.currentEdition(YEAR);
        solo = festival.individualEvent(YEAR, FestivalSql.unique("Solo"), null, null);
        duet = festival.groupEvent(YEAR, FestivalSql.unique("Duet"), 2, 2, 2);
        district = festival.district(sql, accounts);
        unit = sql.unit(district.id(), "Bethel");
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private long enter() {
        return festival.enter(district, solo, sql.member(unit, FestivalSql.unique("Singer"), "F", FestivalApi.JUNIOR))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theOfficialSeesCountsFeesDuesPaidAndTheLatestPayment() {
        festival.as(district.token()).get(OFFICIAL_PREVIEW).then().statusCode(200)
                .body("districtId", equalTo((int) district.id())).body("individualEntries", equalTo(0))
                .body("dues", equalTo("0.00")).body("balance", equalTo("0.00")).body("latestPayment", nullValue());
        enter();
        enter();
        festival.registerTeam(district, duet, unit, sql.members(unit, "Duo", "F", FestivalApi.JUNIOR, 2))
                .statusCode(201);

        festival.as(district.token()).get(OFFICIAL_PREVIEW).then().statusCode(200)
                .body("districtName", equalTo(district.name()))
                .body("individualEntries", equalTo(2)).body("teams", equalTo(1))
                .body("individualFee", equalTo("50.00")).body("teamFee", equalTo("100.00"))
                .body("individualFees", equalTo("100.00")).body("teamFees", equalTo("100.00"))
                .body("dues", equalTo("200.00")).body("paid", equalTo("0.00")).body("balance", equalTo("200.00"))
                .body("credit", equalTo("0.00"));

        long payment = payments.payment(district, "200.00");
        festival.as(district.token()).get(OFFICIAL_PREVIEW).then()
                .body("latestPayment.id", equalTo((int) payment)).body("latestPayment.status", equalTo("AWAITING_PROOF"))
                .body("latestPayment.amount", equalTo("200.00")).body("balance", equalTo("200.00"));
    }

    @Test
    void anEntryRemovedAfterApprovalLeavesACreditNotANegativeBalance() {
        long first = enter();
        enter();
        long payment = payments.payment(district, "100.00");
        payments.upload(district, payment, "a.pdf", PaymentApi.pdf(100), "application/pdf").statusCode(201);
        festival.admin().post(ADMIN_PAYMENTS + "/" + payment + "/approve").then().statusCode(200);
        festival.as(district.token()).delete("/api/v1/kalamela/official/individual-participations/" + first).then()
                .statusCode(204);

        festival.as(district.token()).get(OFFICIAL_PREVIEW).then().statusCode(200)
                .body("dues", equalTo("50.00")).body("paid", equalTo("100.00")).body("balance", equalTo("0.00"))
                .body("credit", equalTo("50.00")).body("latestPayment.status", equalTo("APPROVED"));
        payments.create(district, "0.00", null).statusCode(400);
        payments.create(district, "50.00", null).statusCode(409).body("code", equalTo("NOTHING_TO_PAY"));
    }

    @Test
    void theAdminSeesOneDistrictOrEveryDistrictWithTotals() {
        enter();
        FestivalApi.District other = festival.district(sql, accounts);

        festival.admin().get(ADMIN_PREVIEW + "?districtId=" + district.id()).then().statusCode(200)
                .body("edition", equalTo(YEAR)).body("districts", hasSize(1))
                .body("districts[0].districtId", equalTo((int) district.id()))
                .body("districts[0].dues", equalTo("50.00")).body("dues", equalTo("50.00"));
        festival.admin().get(ADMIN_PREVIEW + "?districtId=" + other.id()).then().statusCode(200)
                .body("districts[0].dues", equalTo("0.00"));
        festival.admin().get(ADMIN_PREVIEW).then().statusCode(200)
                .body("districts.find { it.districtId == " + district.id() + " }.balance", equalTo("50.00"));
        festival.admin().get(ADMIN_PREVIEW + "?districtId=999999999").then().statusCode(404);
        festival.admin().get(ADMIN_PREVIEW + "?districtId=x").then().statusCode(400);
        festival.as(district.token()).get(ADMIN_PREVIEW).then().statusCode(403);
        festival.admin().get(OFFICIAL_PREVIEW).then().statusCode(403);
    }

    @Test
    void thePrintableFormHasTheDistrictItsEntriesByEventTeamsFeesAndPaymentStatus() {
        long singer = sql.member(unit, FestivalSql.unique("Singer"), "F", FestivalApi.JUNIOR);
        festival.enter(district, solo, singer).statusCode(201);
        List<Long> duo = sql.members(unit, "Duo", "F", FestivalApi.JUNIOR, 2);
        festival.registerTeam(district, duet, unit, duo).statusCode(201);

        festival.as(district.token()).get(PRINT).then().statusCode(200)
                .body("edition", equalTo(YEAR)).body("districtId", equalTo((int) district.id()))
                .body("districtName", equalTo(district.name())).body("paymentStatus", equalTo("NOT_CREATED"))
                .body("fees.dues", equalTo("150.00")).body("fees.balance", equalTo("150.00"))
                .body("events", hasSize(2))
                .body("events[0].eventId", equalTo((int) solo))
                .body("events[0].entries[0].memberId", equalTo((int) singer))
                .body("events[0].entries[0].chestNumber", notNullValue())
                .body("events[1].eventId", equalTo((int) duet))
                .body("events[1].teams[0].members", hasSize(2));
        payments.payment(district, "150.00");
        festival.as(district.token()).get(PRINT).then().body("paymentStatus", equalTo("AWAITING_PROOF"));
        festival.admin().get(PRINT).then().statusCode(403);
    }
}
