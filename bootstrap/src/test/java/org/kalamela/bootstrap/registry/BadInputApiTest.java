package org.kalamela.bootstrap.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input is a 400 naming the field, never a 404 or a 500, and every refusal of the HTTP layer is problem
 * details too (issue 9).
 */
@QuarkusTest
class BadInputApiTest {

    private static final String PROBLEM = "application/problem+json";

    private final RegistryApi registry = new RegistryApi();

    @Test
    void aNulInALoginIsAFieldErrorNotAServerError() {
        registry.api().request().body("{\"login\":\"ad\\u0000min\",\"password\":\"whatever\"}")
                .post("/api/v1/auth/login").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("login"));
        registry.api().request().body("{\"login\":\"admin\\n\",\"password\":\"whatever\"}")
                .post("/api/v1/auth/login").then().statusCode(400).body("errors.field", contains("login"));
        registry.api().request().body("{\"login\":\"ad\\u0000min\"}")
                .post("/api/v1/auth/forgot-password/request").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("login"));
    }

    @Test
    void controlCharactersInAnyTextOfABodyAreRefusedByField() {
        registry.admin().body("{\"name\":\"Adoor\\u0000East\"}").post("/api/v1/admin/districts").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("name"))
                .body("errors[0].message", startsWith("must not contain control characters (U+0000"));
        RegistryApi.Unit unit = registry.registeredUnit();
        Map<String, Object> member = RegistryApi.member("Anu\u0007 Mathew", "F", LocalDate.of(2003, 5, 17));
        registry.as(unit.token()).body(member).post("/api/v1/unit/members").then().statusCode(400)
                .body("errors.field", contains("name"));
    }

    @Test
    void aNumberOrAFlagWhereTextIsExpectedIsAFieldErrorNotStoredAsText() {
        registry.admin().body("{\"name\":123}").post("/api/v1/admin/districts").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("name"));
        registry.api().request().body("{\"login\":true,\"password\":\"x\"}").post("/api/v1/auth/login").then()
                .statusCode(400).body("errors.field", contains("login"));
        RegistryApi.Unit unit = registry.registeredUnit();
        Map<String, Object> member = RegistryApi.member("Anu Mathew", "F", LocalDate.of(2003, 5, 17));
        member.put("dateOfBirth", 12000);
        registry.as(unit.token()).body(member).post("/api/v1/unit/members").then().statusCode(400)
                .body("errors.field", contains("dateOfBirth"));
    }

    @Test
    void aNumberOrAFlagIsReadOnlyFromItsOwnJsonType() {
        for (String year : new String[] {"\"2031\"", "2031.5"}) {
            registry.admin().body("{\"year\":" + year + "}").post("/api/v1/kalamela/editions").then()
                    .statusCode(400).contentType(PROBLEM).body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors.field", contains("year"));
        }
    }

    @Test
    void genderIsMOrFOnly() {
        RegistryApi.Unit unit = registry.registeredUnit();
        registry.as(unit.token()).body(RegistryApi.member("Binu", "Male", LocalDate.of(1996, 1, 2)))
                .post("/api/v1/unit/members").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("gender"));
        registry.as(unit.token()).body(RegistryApi.member("Binu", "M", LocalDate.of(1996, 1, 2)))
                .post("/api/v1/unit/members").then().statusCode(201).body("gender", equalTo("M"));
    }

    @Test
    void parametersThatDoNotConvertAreFieldErrorsNamingTheParameterNotNotFound() {
        expectParameterError(registry.admin().queryParam("districtId", "abc").get("/api/v1/admin/units"), "districtId");
        expectParameterError(registry.admin().queryParam("size", "1000000000000").get("/api/v1/admin/units"), "size");
        expectParameterError(registry.admin().queryParam("page", "1.5").get("/api/v1/admin/unit-names"), "page");
        expectParameterError(registry.admin().queryParam("from", "2026-02-30T00:00:00Z")
                .get("/api/v1/admin/audit-log"), "from");
        expectParameterError(registry.admin().queryParam("to", "1700000000").get("/api/v1/admin/audit-log"), "to");
        expectParameterError(registry.admin().get("/api/v1/admin/units/abc"), "id");
        expectParameterError(registry.admin().queryParam("active", "maybe").get("/api/v1/admin/unit-names"), "active");
        expectParameterError(registry.admin().queryParam("name", "a\u0000b").get("/api/v1/admin/unit-names"), "name");
        expectParameterError(registry.admin().urlEncodingEnabled(false).get("/api/v1/admin/units/1%0A"), "id");

        registry.admin().queryParam("from", "2026-02-01T00:00:00Z").queryParam("to", "2026-02-28T23:59:59+05:30")
                .get("/api/v1/admin/audit-log").then().statusCode(200);
        registry.admin().queryParam("districtId", "").queryParam("active", "TRUE")
                .get("/api/v1/admin/unit-names").then().statusCode(200);
    }

    @Test
    void aPageNumberAtTheIntLimitIsAnEmptyPageNotAServerError() {
        for (String path : new String[] {"/api/v1/admin/audit-log", "/api/v1/admin/district-officials"}) {
            registry.admin().queryParam("page", Integer.MAX_VALUE).queryParam("size", 200).get(path).then()
                    .statusCode(200).body("items", hasSize(0)).body("page", equalTo(Integer.MAX_VALUE));
        }
    }

    @Test
    void aBodyWithoutAContentTypeIsUnsupportedNotReadAsJson() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/auth/login"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"login\":\"admin\",\"password\":\"x\"}")));
        expectProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aBodyDeclaredTooLargeIsAProblemAnsweredBeforeItIsSent() throws Exception {
        String declared = raw("Content-Length: " + (7 * 1024 * 1024) + "\r\n");
        assertThat(declared).startsWith("HTTP/1.1 413").contains(PROBLEM).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    /** The HTTP server refuses these before our code runs, so without a body (docs/api.md says so). */
    @Test
    void anAddressWithBrokenPercentEncodingIsABadRequestNeverAServerError() throws Exception {
        for (String target : new String[] {"/api/v1/auth/%zz", "/api/v1/auth/districts?page=%zz"}) {
            assertThat(rawGet(target)).startsWith("HTTP/1.1 400");
        }
    }

    @Test
    void anAddressTooLongIsAProblem() throws Exception {
        String name = "a".repeat(9000);
        expectProblem(send(HttpRequest.newBuilder(uri("/api/v1/admin/units?name=" + name)).GET()), 414,
                "URI_TOO_LONG");
    }

    @Test
    void aLatin1CsvIsRefusedTheSameWayOnBothRoutes() {
        byte[] latin1 = ("district,unit\n" + RegistryApi.unique("Kottayam") + ",St. Thom\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        registry.admin().contentType("text/csv").body(latin1).post("/api/v1/admin/unit-names/import").then()
                .statusCode(400).contentType(PROBLEM).body("code", equalTo("FILE_NOT_UTF8"))
                .body("errors.field", contains("file"));
        registry.admin().contentType("multipart/form-data").multiPart("file", "units.csv", latin1, "text/csv")
                .post("/api/v1/admin/unit-names/import").then()
                .statusCode(400).contentType(PROBLEM).body("code", equalTo("FILE_NOT_UTF8"))
                .body("errors.field", contains("file"));
        registry.admin().contentType("text/csv").body(latin1).post("/api/v1/admin/districts/import").then()
                .statusCode(400).body("code", equalTo("FILE_NOT_UTF8"));
    }

    @Test
    void aCsvCellWithAControlCharacterIsRefusedByLine() {
        byte[] csv = ("district,unit\nSomewhere,St. \u0000Thomas\n").getBytes(StandardCharsets.UTF_8);
        registry.admin().contentType("text/csv").body(csv).post("/api/v1/admin/unit-names/import").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", contains("file"))
                .body("errors[0].message", startsWith("line 2, column 2: must not contain control characters"));
    }

    @Test
    void anImportReportsTheFirstHundredBadRowsAndCountsThemAll() {
        StringBuilder csv = new StringBuilder("district,unit\n");
        for (int i = 0; i < 150; i++) {
            csv.append("No such district ").append(i).append(",Unit ").append(i).append('\n');
        }
        registry.admin().contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/admin/unit-names/import").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("badRows", equalTo(150))
                .body("errors", hasSize(100)).body("errors.field", hasItem("rows[99].district"))
                .body("errors.field", everyItem(startsWith("rows[")));
    }

    private static void expectParameterError(io.restassured.response.Response response, String parameter) {
        response.then().statusCode(400).contentType(PROBLEM).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains(parameter));
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    /** Plain HTTP/1.1 without rest-assured, which always sends a content type and a declared length. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(request.header("X-Forwarded-For", registry.api().clientAddress())
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A sign-in over a plain socket that declares a 7 MB body and sends none of it: the whole answer. */
    private String raw(String lengthHeader) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + registry.api().clientAddress() + "\r\n" + lengthHeader + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A GET of exactly {@code target} over a plain socket (clients refuse to send broken escapes). */
    private String rawGet(String target) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "X-Forwarded-For: " + registry.api().clientAddress() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void expectProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(response.body()).contains("\"code\":\"" + code + "\"");
    }
}
