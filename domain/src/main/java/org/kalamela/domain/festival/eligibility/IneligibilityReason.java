package org.kalamela.domain.festival.eligibility;

/**
 * Why a member is left out of an event. The names are stable codes: the eligible-members listing returns
 * them with {@code ?explain=true}, and clients switch on them.
 */
public enum IneligibilityReason {
    REGISTRATION_CLOSED("the registration window of the edition is closed"),
    EVENT_INACTIVE("the event is not active"),
    OTHER_DISTRICT("the member belongs to another district"),
    EXCLUDED("the member is excluded by the admin"),
    NOT_IN_AGE_RANGE("the date of birth is outside the junior and senior ranges of the edition"),
    WRONG_SENIORITY("the event is for another seniority"),
    WRONG_GENDER("the event is for another gender"),
    ALREADY_ENTERED("the member is already entered in the event"),
    MEMBER_EVENT_LIMIT("the member has reached the limit of individual events");

    private final String description;

    IneligibilityReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
