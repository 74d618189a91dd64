package org.kalamela.bootstrap.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.ws.rs.ClientErrorException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kalamela.application.festival.edition.ShowCurrentEdition;
import org.kalamela.application.festival.edition.ShowEdition;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.domain.identity.account.AuthenticationFailed;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.ErrorKind;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.InvalidRows;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.error.TooManyRequests;

/**
 * How every error reaches the client, with the use case replaced by a mock: no rule runs and no data is needed, so
 * each code of the catalogue is checked in milliseconds. The mocks are swapped per test on the one running
 * application (no test profile, no restart).
 */
@QuarkusTest
class ProblemMappingResourceTest {

    private static final String CURRENT = "/api/v1/kalamela/editions/current";
    private static final String PROBLEM = "application/problem+json";

    /** The kinds the core raises; the other kinds are the HTTP layer's own, tested below through it. */
    private static final Set<ErrorKind> CORE_KINDS = EnumSet.of(ErrorKind.INVALID_INPUT, ErrorKind.UNAUTHENTICATED,
            ErrorKind.FORBIDDEN, ErrorKind.NOT_FOUND, ErrorKind.RULE_VIOLATION, ErrorKind.IDEMPOTENCY_MISMATCH,
            ErrorKind.RATE_LIMITED, ErrorKind.TOO_LARGE, ErrorKind.UNSUPPORTED_TYPE);

    @InjectMock
    ShowCurrentEdition showCurrent;

    @InjectMock
    ShowEdition showEdition;

    private final Api api = Api.newClient();

    static Stream<Arguments> everyCodeAsEachOfItsKinds() {
        return Arrays.stream(ErrorCode.values()).flatMap(code -> code.kinds().stream()
                .filter(CORE_KINDS::contains).map(kind -> Arguments.of(code, kind)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyCodeAsEachOfItsKinds")
    void everyCodeIsAProblemWithItsKindsStatus(ErrorCode code, ErrorKind kind) {
        doThrow(Raised.as(code, kind)).when(showCurrent).execute();

        current().statusCode(kind.status()).contentType(PROBLEM)
                .body("status", equalTo(kind.status()))
                .body("code", equalTo(code.code()))
                .body("type", equalTo("urn:kalamela:problem:" + code.code().toLowerCase(Locale.ROOT).replace('_', '-')))
                .body("title", notNullValue())
                .body("detail", equalTo("Refused with " + code.code()))
                .body("errors", nullValue());
    }

    @Test
    void fieldErrorsAreListedInTheOrderTheyWereFound() {
        doThrow(new InvalidInput(List.of(
                new FieldError("year", "must be between 2000 and 2999"), new FieldError("rules.individualFee",
                        "must not be negative")))).when(showCurrent).execute();

        current().statusCode(400).contentType(PROBLEM).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors", hasSize(2))
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", equalTo("must be between 2000 and 2999"))
                .body("errors[1].field", equalTo("rules.individualFee"))
                .body("badRows", nullValue());
    }

    @Test
    void anImportWithBadRowsCountsThemAll() {
        doThrow(new InvalidRows(ErrorCode.EVENT_IMPORT_INVALID, "The import has invalid rows; nothing was imported",
                List.of(new FieldError("rows[3].name", "must not be blank")), 250)).when(showCurrent).execute();

        current().statusCode(400).contentType(PROBLEM).body("code", equalTo("EVENT_IMPORT_INVALID"))
                .body("badRows", equalTo(250)).body("errors[0].field", equalTo("rows[3].name"));
    }

    @Test
    void tooManyRequestsSaysWhenToTryAgain() {
        doThrow(new TooManyRequests(Duration.ofSeconds(90))).when(showCurrent).execute();

        current().statusCode(429).contentType(PROBLEM).header("Retry-After", "90")
                .body("code", equalTo("RATE_LIMITED"));
    }

    @Test
    void aLockedAccountSaysWhenItOpensAndWrongCredentialsDoNot() {
        doThrow(AuthenticationFailed.locked(Duration.ofMinutes(15))).when(showCurrent).execute();
        current().statusCode(401).contentType(PROBLEM).header("Retry-After", "900")
                .body("code", equalTo("ACCOUNT_LOCKED"));

        doThrow(AuthenticationFailed.invalidCredentials()).when(showCurrent).execute();
        current().statusCode(401).contentType(PROBLEM).header("Retry-After", nullValue())
                .body("code", equalTo("INVALID_CREDENTIALS"));
    }

    @Test
    void aDeactivatedAccountIs401AtSignInAnd409AsARule() {
        doThrow(AuthenticationFailed.inactive()).when(showCurrent).execute();
        current().statusCode(401).body("code", equalTo("ACCOUNT_INACTIVE"));

        doThrow(new RuleViolation(ErrorCode.ACCOUNT_INACTIVE, "deactivated")).when(showCurrent).execute();
        current().statusCode(409).body("code", equalTo("ACCOUNT_INACTIVE"));
    }

    @Test
    void theStandardRefusalsKeepTheirDefaultTexts() {
        doThrow(new NotFound("Edition", 2031)).when(showCurrent).execute();
        current().statusCode(404).contentType(PROBLEM).body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("Edition 2031 was not found"));

        doThrow(new Forbidden("Only the unit may submit")).when(showCurrent).execute();
        current().statusCode(403).contentType(PROBLEM).body("code", equalTo("FORBIDDEN"))
                .body("detail", equalTo("Only the unit may submit"));
    }

    @Test
    void anUnexpectedFailureIsA500WithAnIncidentAndNoTrace() {
        doThrow(new IllegalStateException("secret internals")).when(showCurrent).execute();

        current().statusCode(500).contentType(PROBLEM).body("code", equalTo("INTERNAL_ERROR"))
                .body("detail", startsWith("Something went wrong on our side; quote incident "))
                .body(not(containsString("secret internals")));
    }

    @Test
    void anotherRefusalOfTheFrameworkKeepsItsStatus() {
        doThrow(new ClientErrorException(410)).when(showCurrent).execute();

        current().statusCode(410).contentType(PROBLEM).body("code", equalTo("REQUEST_FAILED"))
                .body("status", equalTo(410));
    }

    @Test
    void theHttpLayersOwnRefusalsAreProblemsToo() {
        api.request().delete(CURRENT).then().statusCode(405).contentType(PROBLEM)
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
        api.request().accept("application/xml").get(CURRENT).then().statusCode(406).contentType(PROBLEM)
                .body("code", equalTo("NOT_ACCEPTABLE"));
        api.request().get(CURRENT + "?q=" + "x".repeat(9000)).then().statusCode(414).contentType(PROBLEM)
                .body("code", equalTo("URI_TOO_LONG"));
    }

    @Test
    void aSignedInResourcePassesItsUseCasesRefusalThrough() {
        String admin = api.adminToken();
        when(showEdition.execute(any(), any())).thenThrow(new NotFound(ErrorCode.NO_CURRENT_EDITION, "none"));

        api.as(admin).get("/api/v1/kalamela/editions/2031").then().statusCode(404).contentType(PROBLEM)
                .body("code", equalTo("NO_CURRENT_EDITION"));
        api.as(admin).get("/api/v1/kalamela/editions/abc").then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("year"));
    }

    private ValidatableResponse current() {
        return api.request().get(CURRENT).then();
    }
}
