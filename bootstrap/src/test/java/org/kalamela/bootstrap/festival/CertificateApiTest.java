package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.festival.judging.Criterion;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Certificates over HTTP against PostgreSQL: publishing an event issues them, the public verification answers
 * VALID, an accepted appeal's republication voids them (each pointing to its replacement, or to none when the
 * revision no longer earns one); the bulk PDFs of a unit, a district and the admin are read back (text, and the
 * QR code decoded from a rendered page to the exact verification address), and nobody gets another's.
 */
@QuarkusTest
class CertificateApiTest {

    private static final String VERIFY = "/api/v1/certificates/";
    private static final String BASE = "https://results.kalamela.test";
    private static final String PASSWORD = "Unit-Password-2611";

    private final FestivalApi festival = new FestivalApi();
    private final Api anyone = Api.newClient();

    @Inject
    FestivalSql sql;

    @Inject
    ResultsSql results;

    @Inject
    TestAccounts accounts;

    @Inject
    JudgingFlowPorts ports;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private String serialOf(long event, String memberName, boolean valid) {
        List<Object[]> rows = sql.rows("SELECT c.serial, c.id FROM certificates c JOIN members m ON m.id = c.member_id"
                + " WHERE c.event_id = ?1 AND m.name = ?2 AND (c.voided_at IS NULL) = ?3", event, memberName, valid);
        assertThat(rows).as(memberName + (valid ? " valid" : " voided")).hasSize(1);
        return String.valueOf(rows.get(0)[0]).trim();
    }

    private JsonPath verify(String serial) {
        return anyone.request().get(VERIFY + serial).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> mark(String letter, int criterion, String mark) {
        return JudgingFlowApiTest.mark(letter, criterion, mark);
    }

    @Test
    void publishing_issues_certificates_and_an_accepted_appeals_republication_voids_and_replaces_them() {
        ResultsScene scene = new ResultsScene(2611, festival, sql, accounts);
        AccountId admin = AccountId.of(sql.ids("SELECT id FROM accounts WHERE username = 'admin'").get(0));
        long event = scene.lightEvent;
        ports.draw(scene.year, event, false, List.of(scene.anilLight, scene.bijuLight, scene.cyrilLight,
                scene.danyLight), admin);
        ports.criteria(event, new EventCriteria(List.of(Criterion.of("Sruthi", 40), Criterion.of("Bhavam", 60))));
        JudgeAccounts.Judge judge = JudgeAccounts.create(anyone, festival.adminToken());
        ports.seat(event, judge.id(), admin);
        // Anil (A) 85, Biju (B) 75, Cyril (C) 55, Dany (D) 20: graded A, A, B and none, Dany 4th.
        String sheet = "/api/v1/judging/events/" + event + "/sheet";
        anyone.as(judge.token()).body(Map.of("marks", List.of(mark("A", 1, "35"), mark("A", 2, "50"),
                mark("B", 1, "30"), mark("B", 2, "45"), mark("C", 1, "20"), mark("C", 2, "35"), mark("D", 1, "10"),
                mark("D", 2, "10")))).put(sheet).then().statusCode(200);
        anyone.as(judge.token()).post(sheet + "/submit").then().statusCode(200);
        String result = "/api/v1/kalamela/admin/events/" + event + "/result";

        festival.admin().post(result + "/publish").then().statusCode(200);

        assertThat(sql.count("SELECT count(*) FROM certificates WHERE event_id = ?1 AND voided_at IS NULL", event))
                .as("Anil, Biju, Cyril; Dany is neither graded nor placed").isEqualTo(3);
        String cyrilName = (String) sql.rows("SELECT m.name, m.id FROM individual_entries ie JOIN members m"
                + " ON m.id = ie.member_id WHERE ie.id = ?1", scene.cyrilLight).get(0)[0];
        String anilFirst = serialOf(event, scene.anil, true);
        String cyrilFirst = serialOf(event, cyrilName, true);
        assertThat(anilFirst).matches("[0-9A-HJKMNP-TV-Z]{32}");
        JsonPath valid = verify(anilFirst.toLowerCase());
        assertThat(valid.getString("status")).isEqualTo("VALID");
        assertThat(valid.getString("serial")).isEqualTo(anilFirst);
        assertThat(valid.getString("name")).isEqualTo(scene.anil);
        assertThat(valid.getString("event")).isEqualTo(scene.light);
        assertThat(valid.getInt("edition")).isEqualTo(2611);
        assertThat(valid.getString("grade")).isEqualTo("A");
        assertThat(valid.getInt("rank")).isEqualTo(1);
        assertThat(valid.getString("voidedAt")).isNull();
        anyone.request().get(VERIFY + "0".repeat(32)).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        anyone.request().get(VERIFY + "not-a-serial").then().statusCode(404).body("code", equalTo("NOT_FOUND"));

        // The appeal is accepted; the corrected marks put Dany first (98) and Cyril out of the grades (10).
        ports.acceptAppeal(event);
        festival.admin().body(Map.of("marks", List.of(mark("D", 1, "40"), mark("D", 2, "58"), mark("C", 1, "5"),
                        mark("C", 2, "5")), "reason", "Appeal accepted"))
                .post("/api/v1/kalamela/admin/events/" + event + "/sheets/" + judge.id().value() + "/correction")
                .then().statusCode(200);
        festival.admin().post(result + "/republish").then().statusCode(200);

        String anilSecond = serialOf(event, scene.anil, true);
        JsonPath voided = verify(anilFirst);
        assertThat(voided.getString("status")).isEqualTo("VOIDED");
        assertThat(voided.getString("voidedAt")).isNotNull();
        assertThat(voided.getString("replacedBy")).isEqualTo(anilSecond);
        JsonPath replacement = verify(anilSecond);
        assertThat(replacement.getString("status")).isEqualTo("VALID");
        assertThat(replacement.getInt("rank")).isEqualTo(2);
        JsonPath cyril = verify(cyrilFirst);
        assertThat(cyril.getString("status")).isEqualTo("VOIDED");
        assertThat(cyril.getString("replacedBy")).as("Cyril's revised entry earns none").isNull();
        assertThat(sql.count("SELECT count(*) FROM certificates WHERE event_id = ?1 AND voided_at IS NULL", event))
                .as("Dany, Anil, Biju").isEqualTo(3);
        assertThat(sql.count("SELECT count(*) FROM certificates WHERE event_id = ?1", event)).isEqualTo(6);
        assertThat(sql.rows("SELECT action, details->>'issued', details->>'voided', details->>'replaced'"
                + " FROM audit_log WHERE target_type = 'event' AND target_id = ?1 AND action LIKE 'CERTIFICATES_%'"
                + " ORDER BY id", Long.toString(event))).extracting(row -> String.join("/",
                String.valueOf(row[0]), String.valueOf(row[1]), String.valueOf(row[2]), String.valueOf(row[3])))
                .containsExactly("CERTIFICATES_ISSUED/3/null/null", "CERTIFICATES_VOIDED/null/3/2",
                        "CERTIFICATES_ISSUED/3/null/null");
    }

    /** Light music (Anil and Biju first, Cyril third, Dany fourth, all graded) and Zion's team published. */
    private ResultsScene published(int year) {
        ResultsScene scene = new ResultsScene(year, festival, sql, accounts);
        results.tabulate(scene.lightEvent, scene.lightScores());
        results.tabulate(scene.groupEvent, scene.groupScores());
        ResultsScene.publish(festival, scene.lightEvent);
        ResultsScene.publish(festival, scene.groupEvent);
        return scene;
    }

    private static ExtractableResponse<Response> pdf(io.restassured.specification.RequestSpecification request,
                                                     String path) {
        return request.accept("*/*").get(path).then().statusCode(200).contentType("application/pdf").extract();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void bulk_pdfs_print_each_valid_certificate_with_a_qr_code_of_its_verification_address() throws Exception {
        ResultsScene scene = published(2612);
        List<String> singers = sql.rows("SELECT m.name, m.id FROM team_members tm JOIN members m ON m.id = tm.member_id"
                + " WHERE tm.team_id = ?1 ORDER BY m.name", scene.zionTeam).stream().map(r -> (String) r[0]).toList();
        assertThat(singers).hasSize(2);

        ExtractableResponse<Response> all = pdf(festival.admin(), "/api/v1/kalamela/admin/certificates");
        assertThat(all.header("Content-Disposition")).isEqualTo("attachment; filename=\"certificates-2612.pdf\"");
        byte[] allPdf = all.asByteArray();
        String allText = text(allPdf);
        assertThat(pages(allPdf)).isEqualTo(6);
        assertThat(allText).contains(scene.anil, scene.biju, scene.light, scene.groupSong, singers.get(0),
                singers.get(1), "First place with grade A", "Third place with grade B", "Grade C", "Kalamela 2612");
        List<Object[]> serials = sql.rows("SELECT serial, id FROM certificates WHERE edition_year = 2612");
        assertThat(serials).hasSize(6);
        serials.forEach(row -> assertThat(allText).contains("Serial: " + String.valueOf(row[0]).trim()));

        // The QR code of the first page, decoded from the page as printed, is that page's verification address.
        String decoded;
        String firstPage;
        try (PDDocument document = Loader.loadPDF(allPdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            Path artefacts = Files.createDirectories(Path.of("target", "pdf-artefacts"));
            ImageIO.write(image, "png", artefacts.resolve("certificate-page.png").toFile());
            decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                            new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            firstPage = stripper.getText(document);
        }
        assertThat(decoded).startsWith(BASE + VERIFY);
        String serial = decoded.substring((BASE + VERIFY).length());
        assertThat(firstPage).contains("Serial: " + serial).contains("Verify: " + decoded);
        assertThat(verify(serial).getString("status")).isEqualTo("VALID");

        // The first district's official: Bethel's and Zion's, never Carmel's (the second district).
        String firstDistrict = text(pdf(festival.as(scene.first.token()), "/api/v1/kalamela/official/certificates")
                .asByteArray());
        assertThat(firstDistrict).contains(scene.anil, scene.biju, singers.get(0), singers.get(1))
                .doesNotContain("Cyril").doesNotContain("Dany");
        String secondDistrict = text(pdf(festival.as(scene.second.token()), "/api/v1/kalamela/official/certificates")
                .asByteArray());
        assertThat(secondDistrict).contains("Cyril", "Dany").doesNotContain(scene.anil).doesNotContain(scene.biju);
        festival.as(scene.first.token()).accept("*/*").get("/api/v1/kalamela/official/certificates?unitId="
                + scene.carmel).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        festival.as(scene.first.token()).accept("*/*").get("/api/v1/kalamela/admin/certificates").then()
                .statusCode(403);

        // Zion's unit account: Biju and the team, nothing of Bethel.
        String username = TestAccounts.unique("unit-zion");
        accounts.unit(username, PASSWORD, DistrictId.of(scene.first.id()), UnitId.of(scene.zion));
        String unitToken = anyone.accessToken(username, PASSWORD);
        ExtractableResponse<Response> zion = pdf(anyone.as(unitToken), "/api/v1/kalamela/unit/certificates");
        assertThat(zion.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"certificates-2612-unit-" + scene.zion + ".pdf\"");
        assertThat(text(zion.asByteArray())).contains(scene.biju, singers.get(0), singers.get(1))
                .doesNotContain(scene.anil);
        assertThat(text(pdf(anyone.as(unitToken), "/api/v1/kalamela/unit/certificates?eventId=" + scene.groupEvent)
                .asByteArray())).contains(singers.get(0)).doesNotContain(scene.biju);
        anyone.as(unitToken).accept("*/*").get("/api/v1/kalamela/official/certificates").then().statusCode(403);

        // The admin's filters, and the printing audited.
        String carmel = text(pdf(festival.admin(), "/api/v1/kalamela/admin/certificates?districtId="
                + scene.second.id() + "&eventId=" + scene.lightEvent).asByteArray());
        assertThat(carmel).contains("Cyril", "Dany").doesNotContain(scene.anil);
        festival.admin().accept("*/*").get("/api/v1/kalamela/admin/certificates?unitId=0").then().statusCode(400);
        festival.admin().accept("*/*").get("/api/v1/kalamela/admin/certificates?districtId=999999999").then()
                .statusCode(404);
        assertThat(sql.count("SELECT count(*) FROM audit_log WHERE action = 'PRINT_CERTIFICATES'"
                + " AND details->>'edition' = '2612'")).isEqualTo(6);
    }

    @Test
    void voided_certificates_are_not_printed() throws IOException {
        ResultsScene scene = published(2613);
        sql.execute("UPDATE certificates SET voided_at = now(), voided_by = issued_by WHERE team_id = ?1",
                scene.zionTeam);

        String all = text(pdf(festival.admin(), "/api/v1/kalamela/admin/certificates").asByteArray());

        assertThat(all).contains(scene.anil).doesNotContain(scene.groupSong);
    }
}
