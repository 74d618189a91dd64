package org.kalamela.application.registry.member;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.kalamela.domain.registry.member.BloodGroup;
import org.kalamela.domain.registry.member.MemberDetails;

/** What an edit changed, field by field ({@code "old -> new"}), for the audit log. */
final class MemberChanges {

    private MemberChanges() {
    }

    static Map<String, String> between(MemberDetails before, MemberDetails after) {
        Map<String, String> changes = new LinkedHashMap<>();
        put(changes, "name", before.name(), after.name());
        put(changes, "gender", before.gender(), after.gender());
        put(changes, "dateOfBirth", before.dateOfBirth(), after.dateOfBirth());
        put(changes, "phone", before.phone(), after.phone());
        put(changes, "qualification", before.qualification(), after.qualification());
        put(changes, "bloodGroup", label(before.bloodGroup()), label(after.bloodGroup()));
        return changes;
    }

    /** A new member's details, for the audit log. */
    static Map<String, String> of(MemberDetails details) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", details.name());
        fields.put("gender", details.gender().name());
        fields.put("dateOfBirth", details.dateOfBirth().toString());
        fields.put("phone", details.phone().toString());
        return fields;
    }

    private static void put(Map<String, String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, before + " -> " + after);
        }
    }

    private static String label(BloodGroup group) {
        return group == null ? null : group.label();
    }
}
