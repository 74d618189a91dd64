package org.kalamela.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

class SchemaConstraintsTest {

    @Test
    void aKnownUniqueIndexOfAnyContextBecomesItsRuleViolation() {
        assertThatThrownBy(() -> SchemaConstraints.writing(() -> refusedBy("accounts_username_uq")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("USERNAME_IN_USE"));
        assertThatThrownBy(() -> SchemaConstraints.writing(() -> refusedBy("members_unit_name_dob_uq")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("DUPLICATE_MEMBER"));
        assertThatThrownBy(() -> SchemaConstraints.writing(() -> refusedBy("team_members_once_per_event")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("ALREADY_IN_TEAM"));
    }

    @Test
    void theRefusalIsFoundBehindTheExceptionsThatWrapIt() {
        assertThatThrownBy(() -> SchemaConstraints.translating(() -> {
            throw new PersistenceException("flush failed", violation("districts_name_uq", ConstraintKind.UNIQUE));
        })).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("DISTRICT_NAME_TAKEN"));
    }

    @Test
    void anUnknownConstraintIsLeftAsItWas() {
        PersistenceException original = new PersistenceException("flush failed",
                violation("some_other_check", ConstraintKind.CHECK));
        assertThatThrownBy(() -> SchemaConstraints.writing(() -> {
            throw original;
        })).isSameAs(original);
    }

    @Test
    void aWriteThatSucceedsReturnsItsValue() {
        assertThat(SchemaConstraints.translating(() -> 42)).isEqualTo(42);
    }

    @Test
    void aDeleteRefusedByAForeignKeyGivesTheCallersViolation() {
        assertThatThrownBy(() -> SchemaConstraints.deleting(() -> {
            throw violation("members_unit_fk", ConstraintKind.FOREIGN_KEY);
        }, () -> new RuleViolation(ErrorCode.UNIT_HAS_DATA, "The unit has data")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo("UNIT_HAS_DATA"));
    }

    @Test
    void aDeleteRefusedByAnythingElseIsLeftAsItWas() {
        ConstraintViolationException unique = violation("districts_name_uq", ConstraintKind.UNIQUE);
        assertThatThrownBy(() -> SchemaConstraints.deleting(() -> {
            throw unique;
        }, () -> new RuleViolation(ErrorCode.UNIT_HAS_DATA, "The unit has data"))).isSameAs(unique);
    }

    private static void refusedBy(String constraint) {
        throw violation(constraint, ConstraintKind.UNIQUE);
    }

    private static ConstraintViolationException violation(String constraint, ConstraintKind kind) {
        return new ConstraintViolationException("refused", new SQLException("refused"), kind, constraint);
    }
}
