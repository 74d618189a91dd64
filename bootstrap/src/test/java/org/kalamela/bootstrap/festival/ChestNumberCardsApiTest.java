package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.TestAccounts;

/** Chest-number cards printed as PDF, read back with PDFBox. */
@QuarkusTest
class ChestNumberCardsApiTest {

    private static final int YEAR = 2281;
    private static final String ADMIN_CARDS = "/api/v1/kalamela/admin/documents/chest-number-cards";
    private static final String OFFICIAL_CARDS = "/api/v1/kalamela/official/documents/chest-number-cards";

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    private FestivalApi.District district;
    private FestivalApi.District otherDistrict;
    private int anuNumber;
    private int kiranNumber;

    @BeforeEach
    void members_with_numbers() {
        festival.currentEdition(YEAR);
        district = festival.district(sql, accounts);
        otherDistrict = festival.district(sql, accounts);
        long solo = festival.individualEvent(YEAR, FestivalSql.unique("Printed solo"), null, null);
        long bethel = sql.unit(district.id(), "Bethel");
        long carmel = sql.unit(otherDistrict.id(), "Carmel");
        anuNumber = festival.enter(district, solo, sql.member(bethel, "അനു Mathew", "F", FestivalApi.JUNIOR))
                .statusCode(201).extract().path("chestNumber");
        kiranNumber = festival.enter(otherDistrict, solo, sql.member(carmel, "Kiran", "M", FestivalApi.JUNIOR))
                .statusCode(201).extract().path("chestNumber");
    }

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    @Test
    void the_admin_prints_every_district_and_the_print_is_audited() throws IOException {
        byte[] pdf = festival.admin().accept("*/*").get(ADMIN_CARDS).then().statusCode(200)
                .contentType(equalTo("application/pdf"))
                .header("Content-Disposition", equalTo("attachment; filename=\"chest-number-cards-" + YEAR + ".pdf\""))
                .extract().asByteArray();

        String text = text(pdf);
        assertThat(text).contains(Integer.toString(anuNumber), "Mathew", "Bethel", district.name(),
                Integer.toString(kiranNumber), "Kiran", "Carmel", otherDistrict.name());
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'PRINT_CHEST_NUMBER_CARDS'"
                + " AND target_id = ?1", "chest-number-cards-" + YEAR)).isEqualTo(1);
    }

    @Test
    void the_admin_prints_one_district() throws IOException {
        byte[] pdf = festival.admin().accept("*/*").queryParam("districtId", otherDistrict.id()).get(ADMIN_CARDS)
                .then().statusCode(200).extract().asByteArray();

        assertThat(text(pdf)).contains("Kiran").doesNotContain("Mathew");
    }

    @Test
    void an_official_prints_their_own_district() throws IOException {
        byte[] pdf = festival.as(district.token()).accept("*/*").get(OFFICIAL_CARDS).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"chest-number-cards-" + YEAR
                        + "-district-" + district.id() + ".pdf\""))
                .extract().asByteArray();

        assertThat(text(pdf)).contains("Mathew").doesNotContain("Kiran");
    }

    @Test
    void refusals_are_problems_not_documents() {
        festival.admin().accept("*/*").queryParam("districtId", 987_654_321L).get(ADMIN_CARDS).then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        festival.admin().accept("*/*").queryParam("districtId", "abc").get(ADMIN_CARDS).then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        festival.as(district.token()).accept("*/*").get(ADMIN_CARDS).then().statusCode(403);
        festival.admin().accept("*/*").get(OFFICIAL_CARDS).then().statusCode(403);
        RestAssured.given().accept("*/*").get(ADMIN_CARDS).then().statusCode(401);
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
