package org.kalamela.domain.shared.actor;

/** What an account is for. Each role sees a different part of the product. */
public enum Role {
    /** The diocese office: sees and manages everything. */
    ADMIN,
    /** A registered unit's account: its own unit's records only. */
    UNIT,
    /** One per clergy district: registers the district's festival entries and conference delegates. */
    DISTRICT_OFFICIAL,
    /** Marks the events assigned to them, seeing code letters only. */
    JUDGE
}
