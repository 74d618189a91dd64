package org.kalamela.bootstrap.problem;

import org.kalamela.domain.shared.error.DomainException;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.ErrorKind;

/**
 * Any code of the catalogue raised as any of its kinds, as a replaced use case throws it: the mapping tests go
 * through every code without building the state in which the real rule would refuse.
 */
final class Raised {

    private Raised() {
    }

    static DomainException as(ErrorCode code, ErrorKind kind) {
        // The captured kind is set before the base constructor runs, so its check of the kind already sees it.
        return new DomainException(code, "Refused with " + code.code()) {
            @Override
            public ErrorKind kind() {
                return kind;
            }
        };
    }
}
