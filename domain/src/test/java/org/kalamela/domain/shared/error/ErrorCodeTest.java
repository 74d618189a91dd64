package org.kalamela.domain.shared.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCodeTest {

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeIsUpperSnakeCaseWithAMeaningOnOneLine(ErrorCode code) {
        assertThat(code.code()).isEqualTo(code.name()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
        assertThat(code.meaning()).isNotBlank().doesNotContain("\n").doesNotContain("|");
        assertThat(code.kinds()).contains(code.kind());
    }

    @Test
    void theStatusIsTheKindsStatus() {
        assertThat(ErrorCode.NO_CURRENT_EDITION.status()).isEqualTo(404);
        assertThat(ErrorCode.TEAM_CODE_TAKEN.status()).isEqualTo(409);
        assertThat(ErrorCode.SESSION_ENDED.status()).isEqualTo(401);
        assertThat(ErrorCode.URI_TOO_LONG.status()).isEqualTo(414);
        assertThat(ErrorCode.ACCOUNT_INACTIVE.kinds())
                .containsExactlyInAnyOrder(ErrorKind.UNAUTHENTICATED, ErrorKind.RULE_VIOLATION);
    }

    @Test
    void anExceptionCarriesItsCodesText() {
        RuleViolation violation = new RuleViolation(ErrorCode.TEAM_CODE_TAKEN, "taken");

        assertThat(violation.code()).isEqualTo("TEAM_CODE_TAKEN");
        assertThat(violation.errorCode()).isEqualTo(ErrorCode.TEAM_CODE_TAKEN);
        assertThat(new InvalidInput(List.of(new FieldError("name", "must not be blank"))).code())
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aCodeRaisedAsAKindTheCatalogueDoesNotGiveItIsRefused() {
        assertThatThrownBy(() -> new RuleViolation(ErrorCode.NO_CURRENT_EDITION, "no edition"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_CURRENT_EDITION");
        assertThatThrownBy(() -> new NotFound(ErrorCode.TEAM_CODE_TAKEN, "taken"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeTheCatalogueGivesTwoKindsMayBeRaisedAsEither() {
        assertThat(new RuleViolation(ErrorCode.ACCOUNT_INACTIVE, "deactivated").kind())
                .isEqualTo(ErrorKind.RULE_VIOLATION);
    }
}
