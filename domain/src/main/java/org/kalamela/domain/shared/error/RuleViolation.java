package org.kalamela.domain.shared.error;

/** A business rule forbids the request: a limit, a duplicate, a state that does not allow it (409). */
public class RuleViolation extends DomainException {

    public RuleViolation(ErrorCode code, String message) {
        super(code, message);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.RULE_VIOLATION;
    }
}
