package org.kalamela.bootstrap.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.ErrorKind;

/**
 * The OpenAPI document states every operation's errors, and which operations need a token: the public ones
 * (sign-in, registration, the current edition, …) none, every other one the bearer token with 401 and 403.
 */
@QuarkusTest
class OpenApiDocumentApiTest {

    /** A word that reads as an error code: upper case with an underscore, or a one-word code of the catalogue. */
    private static final Pattern CODE_LIKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Operations anyone may call without signing in, as "METHOD path". */
    private static final Set<String> PUBLIC = Set.of(
            "POST /api/v1/auth/login", "POST /api/v1/auth/refresh", "POST /api/v1/auth/forgot-password/request",
            "POST /api/v1/auth/forgot-password/confirm", "POST /api/v1/auth/register-unit",
            "GET /api/v1/auth/districts", "GET /api/v1/auth/unit-names", "GET /api/v1/kalamela/editions/current",
            "GET /api/v1/kalamela/results", "GET /api/v1/kalamela/results/unit-wise",
            "GET /api/v1/kalamela/results/district-wise", "GET /api/v1/kalamela/kalaprathibha",
            "GET /api/v1/kalamela/kalaprabha", "POST /api/v1/kalamela/find-participant", "POST /api/v1/kalamela/appeals",
            "GET /api/v1/kalamela/schedule", "GET /api/v1/certificates/{serial}");

    private Map<String, Map<String, Map<String, Object>>> paths;

    @BeforeEach
    void readTheDocument() {
        paths = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().getMap("paths");
    }

    private List<String> operations() {
        List<String> all = new ArrayList<>();
        paths.forEach((path, item) -> item.keySet().stream().filter(METHODS::contains)
                .forEach(method -> all.add(method.toUpperCase() + " " + path)));
        return all;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> operation(String operation) {
        String[] parts = operation.split(" ", 2);
        return (Map<String, Object>) paths.get(parts[1]).get(parts[0].toLowerCase());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> responses(String operation) {
        return (Map<String, Map<String, Object>>) operation(operation).get("responses");
    }

    @Test
    void everyOperationListsItsErrorsAsProblems() {
        List<String> operations = operations();
        assertThat(operations).hasSizeGreaterThan(60).contains("GET /api/v1/admin/district-officials",
                "GET /api/v1/auth/districts");

        for (String operation : operations) {
            Map<String, Map<String, Object>> responses = responses(operation);
            assertThat(responses.keySet()).as(operation).anyMatch(status -> status.startsWith("4"))
                    .contains("500");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(response).as(operation + " " + status).containsKey("content");
                    assertThat((Map<String, Object>) response.get("content")).as(operation + " " + status)
                            .containsKey("application/problem+json");
                }
            });
            if (operation.contains("{")) {
                assertThat(responses).as(operation).containsKey("404");
            }
            if (operation(operation).containsKey("parameters") || operation(operation).containsKey("requestBody")) {
                assertThat(responses).as(operation).containsKey("400");
            }
        }
        assertThat(responses("GET /api/v1/admin/district-officials")).containsKeys("400", "401", "403", "500");
        assertThat(responses("GET /api/v1/auth/districts")).containsKeys("400", "500");
    }

    @Test
    void publicOperationsNeedNoTokenAndEveryOtherOneDoes() {
        List<String> operations = operations();
        assertThat(operations).containsAll(PUBLIC);

        for (String operation : operations) {
            Object security = operation(operation).get("security");
            boolean needsToken = security instanceof List<?> list && !list.isEmpty();
            if (PUBLIC.contains(operation)) {
                assertThat(needsToken).as(operation + " is public").isFalse();
                assertThat(responses(operation)).as(operation).doesNotContainKey("403");
            } else {
                assertThat(needsToken).as(operation + " needs a token").isTrue();
                assertThat(responses(operation)).as(operation).containsKeys("401", "403");
            }
        }
    }

    /**
     * The codes an operation's error responses name are the catalogue's, each under a status the catalogue gives
     * it, and each is explained by the catalogue's meaning: the document cannot name a code the server never
     * answers, or answer it under another status.
     */
    @Test
    void everyCodeAnErrorResponseNamesIsInTheCatalogueUnderItsStatus() {
        int named = 0;
        for (String operation : operations()) {
            for (Map.Entry<String, Map<String, Object>> response : responses(operation).entrySet()) {
                String status = response.getKey();
                if (!status.startsWith("4") && !status.startsWith("5")) {
                    continue;
                }
                String description = String.valueOf(response.getValue().get("description"));
                Matcher word = CODE_LIKE.matcher(description.split("\n\n", 2)[0]);
                while (word.find()) {
                    String text = word.group();
                    ErrorCode code = Arrays.stream(ErrorCode.values())
                            .filter(c -> c.code().equals(text)).findFirst().orElse(null);
                    if (code == null && !text.contains("_")) {
                        continue;
                    }
                    assertThat(code).as(operation + " " + status + " names " + text + ", not in ErrorCode").isNotNull();
                    assertThat(code.kinds().stream().map(ErrorKind::status).toList())
                            .as(operation + " " + status + " " + text).contains(Integer.parseInt(status));
                    assertThat(description).as(operation + " " + status)
                            .contains("- `" + code.code() + "`: " + code.meaning());
                    named++;
                }
            }
        }
        assertThat(named).isGreaterThan(300);
    }
}
