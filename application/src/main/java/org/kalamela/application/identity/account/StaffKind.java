package org.kalamela.application.identity.account;

import org.kalamela.domain.shared.actor.Role;

/**
 * The accounts the admin makes for people who work for the festival rather than for a unit: the district
 * officials and the judges. Each kind names its role, how its accounts are spoken of (in "not found") and
 * the prefix of its audit actions ({@code JUDGE_CREATED}, {@code DISTRICT_OFFICIAL_DEACTIVATED}, ...).
 */
public enum StaffKind {
    DISTRICT_OFFICIAL(Role.DISTRICT_OFFICIAL, "district official"),
    JUDGE(Role.JUDGE, "judge");

    private final Role role;
    private final String noun;

    StaffKind(Role role, String noun) {
        this.role = role;
        this.noun = noun;
    }

    public Role role() {
        return role;
    }

    /** How an account of the kind is named in messages: "judge", "district official". */
    public String noun() {
        return noun;
    }

    /** The audit action of a move of such an account: {@code JUDGE_CREATED} for "CREATED". */
    String action(String move) {
        return name() + "_" + move;
    }
}
