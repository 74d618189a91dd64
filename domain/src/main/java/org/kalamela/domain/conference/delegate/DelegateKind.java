package org.kalamela.domain.conference.delegate;

/** Which of the district's limits a delegate counts against. Both kinds are delegates and pay the fee. */
public enum DelegateKind {
    /** Appointed by the admin from a member of the district; linked to the district's official account. */
    OFFICIAL,
    /** Added by the district official from the members of the district. */
    MEMBER
}
