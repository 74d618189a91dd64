package org.kalamela.domain.conference.conference;

import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Money;

/**
 * What the admin writes about a conference: a title (required, at most 200 characters, tidied), details
 * (optional, at most 5000 characters) and the fee per delegate (the conference's rule, 300 unless the admin
 * sets another; never negative).
 */
public record ConferenceDetails(String title, String details, Money delegateFee) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DETAILS = 5000;
    /** DOMAIN.md: 300 per delegate, officials and members alike. */
    public static final Money DEFAULT_DELEGATE_FEE = Money.of(300);

    public ConferenceDetails {
        title = title == null ? null : title.strip().replaceAll("\\s+", " ");
        details = details == null || details.isBlank() ? null : details.strip();
        new Validation()
                .required(title, "title")
                .check(title == null || title.codePointCount(0, title.length()) <= MAX_TITLE, "title",
                        "must be at most " + MAX_TITLE + " characters")
                .check(details == null || details.codePointCount(0, details.length()) <= MAX_DETAILS, "details",
                        "must be at most " + MAX_DETAILS + " characters")
                .required(delegateFee, "delegateFee")
                .check(delegateFee == null || !delegateFee.isNegative(), "delegateFee", "must be 0 or more")
                .throwIfInvalid();
    }
}
