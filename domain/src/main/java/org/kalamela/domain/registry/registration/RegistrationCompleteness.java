package org.kalamela.domain.registry.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kalamela.domain.registry.rules.RegistryRules;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * A registration is submitted only when the form is complete: the unit's details, its five officials and
 * at least the rules' minimum number of members. Councilors are optional (a small unit may have none).
 * Refused with {@code REGISTRATION_INCOMPLETE}, naming every missing part.
 */
public final class RegistrationCompleteness {

    private final RegistryRules rules;

    public RegistrationCompleteness(RegistryRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public void check(boolean hasDetails, boolean hasOfficials, long memberCount) {
        List<String> missing = new ArrayList<>();
        if (!hasDetails) {
            missing.add("unit details");
        }
        if (!hasOfficials) {
            missing.add("officials");
        }
        if (memberCount < rules.minimumMembersToSubmit()) {
            missing.add("at least " + rules.minimumMembersToSubmit() + " member(s)");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(ErrorCode.REGISTRATION_INCOMPLETE,
                    "The registration cannot be submitted yet; missing: " + String.join(", ", missing));
        }
    }
}
