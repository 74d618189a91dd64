package org.kalamela.domain.shared.error;

import static org.kalamela.domain.shared.error.ErrorCode.Context.CONFERENCE;
import static org.kalamela.domain.shared.error.ErrorCode.Context.FESTIVAL;
import static org.kalamela.domain.shared.error.ErrorCode.Context.IDENTITY;
import static org.kalamela.domain.shared.error.ErrorCode.Context.PAYMENT;
import static org.kalamela.domain.shared.error.ErrorCode.Context.REGISTRY;
import static org.kalamela.domain.shared.error.ErrorCode.Context.SHARED;
import static org.kalamela.domain.shared.error.ErrorKind.FORBIDDEN;
import static org.kalamela.domain.shared.error.ErrorKind.IDEMPOTENCY_MISMATCH;
import static org.kalamela.domain.shared.error.ErrorKind.INTERNAL;
import static org.kalamela.domain.shared.error.ErrorKind.INVALID_INPUT;
import static org.kalamela.domain.shared.error.ErrorKind.METHOD_NOT_ALLOWED;
import static org.kalamela.domain.shared.error.ErrorKind.NOT_ACCEPTABLE;
import static org.kalamela.domain.shared.error.ErrorKind.OTHER_REFUSAL;
import static org.kalamela.domain.shared.error.ErrorKind.RATE_LIMITED;
import static org.kalamela.domain.shared.error.ErrorKind.RULE_VIOLATION;
import static org.kalamela.domain.shared.error.ErrorKind.TOO_LARGE;
import static org.kalamela.domain.shared.error.ErrorKind.UNAUTHENTICATED;
import static org.kalamela.domain.shared.error.ErrorKind.UNSUPPORTED_TYPE;
import static org.kalamela.domain.shared.error.ErrorKind.URI_TOO_LONG;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The catalogue of every error code a client can receive, in the problem's {@code code} field: the core's
 * refusals and those of the HTTP layer alike. Clients switch on these codes, so a code is never renamed; each
 * has its kind (hence its HTTP status) and a one-line meaning. The error tables of {@code docs/api.md} are
 * rendered from this catalogue and the OpenAPI document's error responses are read against it, both checked by
 * tests, so neither can drift from what the server answers.
 */
public enum ErrorCode {

    // Every request: bad input and the HTTP layer.
    VALIDATION_FAILED(SHARED, "invalid fields; `errors` lists each field and why", INVALID_INPUT),
    MALFORMED_BODY(SHARED, "the body is not valid JSON", INVALID_INPUT),
    UNKNOWN_FIELD(SHARED, "the body has a field the endpoint does not know (named in `errors`)", INVALID_INPUT),
    BAD_REQUEST(SHARED, "the router cannot read the request", INVALID_INPUT),
    FILE_NOT_UTF8(SHARED, "a CSV import is not UTF-8 text (e.g. a Latin-1 export); the same on both routes; "
            + "`errors[0].field` is `file`", INVALID_INPUT),
    UNAUTHENTICATED(SHARED, "no access token, or an invalid or expired one", ErrorKind.UNAUTHENTICATED),
    FORBIDDEN(SHARED, "the role does not allow the action", ErrorKind.FORBIDDEN),
    NOT_FOUND(SHARED, "no such object, or not yours", ErrorKind.NOT_FOUND),
    METHOD_NOT_ALLOWED(SHARED, "wrong HTTP method", ErrorKind.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE(SHARED, "the `Accept` header asks for a type the endpoint cannot produce", ErrorKind.NOT_ACCEPTABLE),
    PAYLOAD_TOO_LARGE(SHARED, "the body or upload is over the limit", TOO_LARGE),
    URI_TOO_LONG(SHARED, "the address is over 8192 characters", ErrorKind.URI_TOO_LONG),
    UNSUPPORTED_MEDIA_TYPE(SHARED, "a body that is not JSON where JSON is expected, a body without "
            + "`Content-Type`, or a wrong file type", UNSUPPORTED_TYPE),
    RATE_LIMITED(SHARED, "too many requests from your address (`Retry-After`)", ErrorKind.RATE_LIMITED),
    INTERNAL_ERROR(SHARED, "our fault; quote the incident id", INTERNAL),
    REQUEST_FAILED(SHARED, "another refusal of the HTTP layer; the status says which", OTHER_REFUSAL),

    // Identity: signing in, sessions, passwords, accounts.
    WEAK_PASSWORD(IDENTITY, "the password is shorter than 10 characters, the username, or a common password",
            INVALID_INPUT),
    INVALID_RESET_TOKEN(IDENTITY, "the reset link is unknown, used or older than 60 minutes", INVALID_INPUT),
    WRONG_CURRENT_PASSWORD(IDENTITY, "change-password: the current password is not correct (field "
            + "`currentPassword`)", INVALID_INPUT),
    SAME_PASSWORD(IDENTITY, "change-password: the new password is the current one (field `newPassword`)",
            INVALID_INPUT),
    SESSION_ENDED(IDENTITY, "the access token's session has ended (signed out, password reset or changed, account "
            + "deactivated, refresh token reused): sign in again", ErrorKind.UNAUTHENTICATED),
    INVALID_CREDENTIALS(IDENTITY, "wrong password or unknown account (the same answer for both)",
            ErrorKind.UNAUTHENTICATED),
    ACCOUNT_LOCKED(IDENTITY, "5 failed sign-ins of one login from your address within 15 minutes lock it for your "
            + "address, 50 from all addresses lock it for every address; 15 minutes (`Retry-After`). A login that "
            + "matches no account is locked the same way", ErrorKind.UNAUTHENTICATED),
    ACCOUNT_INACTIVE(IDENTITY, "the account was deactivated (at sign-in, 401, told only with the right password; "
            + "409 when a set-password link is asked for it)", ErrorKind.UNAUTHENTICATED, RULE_VIOLATION),
    INVALID_REFRESH_TOKEN(IDENTITY, "the refresh token is unknown or expired, or its session has ended",
            ErrorKind.UNAUTHENTICATED),
    REFRESH_TOKEN_REUSED(IDENTITY, "the refresh token was already used: its session is ended, with every token of "
            + "it", ErrorKind.UNAUTHENTICATED),
    PASSWORD_CHANGE_REQUIRED(IDENTITY, "signed in with a one-time password: replace it first "
            + "(`POST /auth/change-password`)", ErrorKind.FORBIDDEN),
    USERNAME_IN_USE(IDENTITY, "another account has the username", RULE_VIOLATION),
    EMAIL_IN_USE(IDENTITY, "another account has the email", RULE_VIOLATION),
    PHONE_IN_USE(IDENTITY, "another account (accounts, registration) or another member (members) has the phone",
            RULE_VIOLATION),
    DISTRICT_OFFICIAL_EXISTS(IDENTITY, "the district already has an active district official", RULE_VIOLATION),

    // Registry: districts, units, registrations, members.
    UNIT_ALREADY_REGISTERED(REGISTRY, "the unit already has an account", RULE_VIOLATION),
    DISTRICT_NAME_TAKEN(REGISTRY, "a district of that name exists", RULE_VIOLATION),
    UNIT_NAME_TAKEN(REGISTRY, "the district has a unit of that name", RULE_VIOLATION),
    DISTRICT_HAS_DATA(REGISTRY, "something refers to the district: deactivate it instead of deleting",
            RULE_VIOLATION),
    UNIT_HAS_DATA(REGISTRY, "something refers to the unit: deactivate it instead of deleting", RULE_VIOLATION),
    DUPLICATE_MEMBER(REGISTRY, "the unit has a member of that name and date of birth", RULE_VIOLATION),
    UNIT_LOCKED(REGISTRY, "the registration is submitted (nothing changes until returned) or approved (only "
            + "members change)", RULE_VIOLATION),
    MEMBER_HAS_ENTRIES(REGISTRY, "the member has festival entries (or a chest number) or is a conference "
            + "delegate: not removed, and name, gender and date of birth change only through the admin",
            RULE_VIOLATION),
    REGISTRATION_INCOMPLETE(REGISTRY, "submitting needs the details, the five officials and a member; the detail "
            + "names what is missing", RULE_VIOLATION),
    ILLEGAL_REGISTRATION_TRANSITION(REGISTRY, "that move is not allowed from the registration's status",
            RULE_VIOLATION),

    // Festival: editions, events, entries, chest numbers, teams.
    EVENT_IMPORT_INVALID(FESTIVAL, "the events file has invalid rows (`rows[n].field` for every bad cell, or a "
            + "name the edition or an earlier row has); nothing was imported", INVALID_INPUT),
    NO_CURRENT_EDITION(FESTIVAL, "no edition is marked current (official and public endpoints, admin endpoints "
            + "without `edition`)", ErrorKind.NOT_FOUND),
    CHEST_NUMBER_NOT_FOUND(FESTIVAL, "the member holds no chest number in the edition, so there is none to "
            + "correct", ErrorKind.NOT_FOUND),
    TEAM_MEMBER_NOT_FOUND(FESTIVAL, "a member to remove is not in the team", ErrorKind.NOT_FOUND),
    EDITION_EXISTS(FESTIVAL, "an edition of that year exists", RULE_VIOLATION),
    EVENT_NAME_TAKEN(FESTIVAL, "the edition has an event of that name (any case)", RULE_VIOLATION),
    SHORT_CODE_TAKEN(FESTIVAL, "another event of the edition has that short code", RULE_VIOLATION),
    SHORT_CODE_IN_USE(FESTIVAL, "the event has teams: their printed codes keep its short code", RULE_VIOLATION),
    EVENT_HAS_ENTRIES(FESTIVAL, "the event has entries or teams: it keeps its kind and is not deleted (deactivate "
            + "it)", RULE_VIOLATION),
    ALREADY_EXCLUDED(FESTIVAL, "the member is already excluded from the edition", RULE_VIOLATION),
    REGISTRATION_CLOSED(FESTIVAL, "the edition's registration window is closed: no entries, team changes or "
            + "removals", RULE_VIOLATION),
    EVENT_INACTIVE(FESTIVAL, "the event is not active", RULE_VIOLATION),
    EVENT_KIND_MISMATCH(FESTIVAL, "a team for an individual event, or an individual entry in a group event",
            RULE_VIOLATION),
    MEMBER_EXCLUDED(FESTIVAL, "the member is excluded from the edition", RULE_VIOLATION),
    NOT_ELIGIBLE(FESTIVAL, "the member's gender or seniority does not fit the event, or the birth date is outside "
            + "both ranges", RULE_VIOLATION),
    ALREADY_ENTERED(FESTIVAL, "the member is already entered in the event", RULE_VIOLATION),
    MEMBER_EVENT_LIMIT(FESTIVAL, "the member is in the edition's maximum of individual events (5)", RULE_VIOLATION),
    DISTRICT_EVENT_LIMIT(FESTIVAL, "the district has the maximum of entries in the event for the member's "
            + "seniority (2)", RULE_VIOLATION),
    CHEST_NUMBER_SERIES_EXHAUSTED(FESTIVAL, "the member's chest-number series is used up: the admin widens it in "
            + "the rules", RULE_VIOLATION),
    CHEST_NUMBER_WRONG_SERIES(FESTIVAL, "the corrected number is in the other seniority's series", RULE_VIOLATION),
    CHEST_NUMBER_OUT_OF_SERIES(FESTIVAL, "the corrected number is in no series", RULE_VIOLATION),
    CHEST_NUMBER_TAKEN(FESTIVAL, "the number was issued to another member of the edition (replaced numbers stay "
            + "their member's)", RULE_VIOLATION),
    MEMBER_ALREADY_NUMBERED(FESTIVAL, "the member got a chest number from a concurrent request (the assign job and "
            + "a first entry at once); retry", RULE_VIOLATION),
    TEAM_SIZE_OUT_OF_RANGE(FESTIVAL, "the team would be smaller or larger than the event's range", RULE_VIOLATION),
    TEAM_MIXED_UNITS(FESTIVAL, "the members are not all of the team's one unit", RULE_VIOLATION),
    DISTRICT_TEAM_LIMIT(FESTIVAL, "the district has the maximum of teams in the event (2)", RULE_VIOLATION),
    UNIT_TEAM_LIMIT(FESTIVAL, "the unit has the event's number of teams per unit", RULE_VIOLATION),
    ALREADY_IN_TEAM(FESTIVAL, "a member is already in a team of the event", RULE_VIOLATION),
    TEAM_CODE_WRONG_EVENT(FESTIVAL, "a team code must start with its event's short code", RULE_VIOLATION),
    TEAM_CODE_TAKEN(FESTIVAL, "another team of the event has that number", RULE_VIOLATION),
    SCHEDULE_CLASHES_UNACKNOWLEDGED(FESTIVAL, "the schedule still has clashes no acknowledgement names; "
            + "the detail lists them", RULE_VIOLATION),
    STAGE_NAME_TAKEN(FESTIVAL, "the edition has a stage of that name (any case)", RULE_VIOLATION),
    STAGE_IN_USE(FESTIVAL, "an event is scheduled on the stage, or the published schedule names it: it is not "
            + "deleted", RULE_VIOLATION),
    EVENT_NOT_SCHEDULED(FESTIVAL, "the event has no place in the schedule, so it has no stage status", RULE_VIOLATION),
    STAGE_STATUS_NOT_ALLOWED(FESTIVAL, "the event's stage status cannot move from its current status to that one "
            + "(a completed event stays completed)", RULE_VIOLATION),
    CODE_LETTER_NOT_DRAWN(FESTIVAL, "the code letter on stage is none of the event's drawn code letters",
            RULE_VIOLATION),
    ENTRY_HAS_SCORES(FESTIVAL, "the entry or team has marks and is part of a result: it is not removed, nor does a "
            + "member with marks leave the team", RULE_VIOLATION),

    // Festival: judging, the draw and results.
    NOTHING_TO_DRAW(FESTIVAL, "the event has no entries or teams to draw", RULE_VIOLATION),
    DRAW_BEFORE_REGISTRATION_CLOSED(FESTIVAL, "the edition's registration window has not closed: the order of "
            + "appearance is drawn only after registration closes, when the entries are final", RULE_VIOLATION),
    REOPEN_AFTER_MARKS(FESTIVAL, "judges have marked an event of the edition: its registration stays closed, since "
            + "an entry made now could not be given a code letter", RULE_VIOLATION),
    DRAW_LOCKED(FESTIVAL, "marks exist for the event: its order of appearance is not drawn again", RULE_VIOLATION),
    NOT_DRAWN(FESTIVAL, "the event's order of appearance is not drawn yet: there are no code letters to mark",
            RULE_VIOLATION),
    CRITERIA_LOCKED(FESTIVAL, "marks exist for the event: its criteria no longer change", RULE_VIOLATION),
    NOT_A_JUDGE(FESTIVAL, "the account is not an active judge", RULE_VIOLATION),
    ALREADY_ON_PANEL(FESTIVAL, "the judge already sits on the event's panel", RULE_VIOLATION),
    JUDGE_HAS_MARKS(FESTIVAL, "the judge has marks on the event's sheet: they stay on its panel", RULE_VIOLATION),
    PANEL_FULL(FESTIVAL, "the event's panel has the edition's number of judges (3)", RULE_VIOLATION),
    SHEET_LOCKED(FESTIVAL, "the sheet is submitted: only an admin's correction with a reason changes it",
            RULE_VIOLATION),
    SHEET_INCOMPLETE(FESTIVAL, "submitting needs a mark for every code letter and criterion", RULE_VIOLATION),
    RESULT_PUBLISHED(FESTIVAL, "the event's result is published: its marks change only through an accepted appeal",
            RULE_VIOLATION),
    ILLEGAL_RESULT_TRANSITION(FESTIVAL, "the result's state does not allow the move (e.g. publishing a result that is "
            + "not tabulated, or published already)", RULE_VIOLATION),
    NOT_SINGLE_MARK_EVENT(FESTIVAL, "the one-judge path (`/kalamela/scores`) needs an event marked on one criterion by "
            + "a panel of at most one judge: enter each judge's sheet instead", RULE_VIOLATION),
    NOTHING_TO_PAY(FESTIVAL, "the district's Kalamela balance is zero or a credit: there is no payment to make",
            RULE_VIOLATION),
    AMOUNT_NOT_BALANCE(FESTIVAL, "the amount sent is not the district's current Kalamela balance (entries changed "
            + "since the preview): read the preview again", RULE_VIOLATION),

    // Festival: appeals against published results.
    APPEAL_RESULT_NOT_PUBLISHED(FESTIVAL, "the event's result is not published: there is nothing to appeal yet",
            RULE_VIOLATION),
    APPEAL_WINDOW_CLOSED(FESTIVAL, "the appeal window (30 minutes from the event's first publication) has closed",
            RULE_VIOLATION),
    APPEAL_PHONE_MISMATCH(FESTIVAL, "the phone number is not the one on record for the entry (nothing else is said "
            + "about the member)", RULE_VIOLATION),
    APPEAL_OTHER_DISTRICT(FESTIVAL, "a district official appeals only for the district's own entries", RULE_VIOLATION),
    APPEAL_ALREADY_FILED(FESTIVAL, "the entry (or team) already has an appeal: one per entry", RULE_VIOLATION),
    ILLEGAL_APPEAL_TRANSITION(FESTIVAL, "the appeal's status does not allow the move (a decision needs the fee "
            + "confirmed; a decision is final)", RULE_VIOLATION),
    APPEAL_FEE_PAID(FESTIVAL, "the appeal's fee is paid (approved) already: no other fee payment is opened",
            RULE_VIOLATION),
    APPEAL_NOT_DECIDED(FESTIVAL, "the appeal is not decided yet: there is no decision letter", RULE_VIOLATION),

    // Conference: conferences, appointed officials, delegates.
    CONFERENCE_ALREADY_ACTIVE(CONFERENCE, "another conference is active (one at a time): deactivate it first",
            RULE_VIOLATION),
    CONFERENCE_HAS_DELEGATES(CONFERENCE, "the conference has delegates: deactivate it instead of deleting",
            RULE_VIOLATION),
    CONFERENCE_INACTIVE(CONFERENCE, "the conference is not active: no appointments, delegates or changes to them",
            RULE_VIOLATION),
    ALREADY_DELEGATE(CONFERENCE, "the member is already a delegate of the conference (official or member)",
            RULE_VIOLATION),
    CONFERENCE_OFFICIAL_LIMIT(CONFERENCE, "the district has its limit of official delegates for the conference",
            RULE_VIOLATION),
    CONFERENCE_MEMBER_LIMIT(CONFERENCE, "the district has its limit of member delegates for the conference",
            RULE_VIOLATION),
    DELEGATE_IS_OFFICIAL(CONFERENCE, "the delegate is an appointed official: the admin removes the appointment",
            RULE_VIOLATION),
    CONFERENCE_NOTHING_TO_PAY(CONFERENCE, "the district's conference balance is zero or a credit: there is no "
            + "payment to make", RULE_VIOLATION),
    CONFERENCE_AMOUNT_NOT_BALANCE(CONFERENCE, "the amount sent is not the district's current conference balance "
            + "(delegates changed since it was read): read the district summary again", RULE_VIOLATION),

    // Payments: the payment model and its proofs, shared by the Kalamela and, later, the conference.
    PAYMENT_ALREADY_OPEN(PAYMENT, "the district already has a payment of that purpose awaiting proof or review",
            RULE_VIOLATION),
    ILLEGAL_PAYMENT_TRANSITION(PAYMENT, "that move is not allowed from the payment's status (a proof is uploaded "
            + "while awaiting proof or after a rejection; only a submitted proof is approved or rejected)",
            RULE_VIOLATION),
    PAYMENT_SUPERSEDED(PAYMENT, "the payment was rejected and the district has made a newer payment of that purpose "
            + "since: upload the proof to the newer one", RULE_VIOLATION),
    PROOF_FILE_MISSING(PAYMENT, "the proof is recorded but its file is missing from the proof storage (lost, or not "
            + "restored with a backup): the operators restore the folder; the payment's other proofs still download",
            ErrorKind.NOT_FOUND),
    IDEMPOTENCY_KEY_REUSED(PAYMENT, "the `Idempotency-Key` was used before by your account with another request",
            IDEMPOTENCY_MISMATCH),
    PROOF_TOO_LARGE(PAYMENT, "the proof is over 5 MiB (5,242,880 bytes)", TOO_LARGE),
    PROOF_TYPE_NOT_ALLOWED(PAYMENT, "the proof is not a PDF, PNG or JPEG by its content (an empty file, or another "
            + "file renamed, is refused whatever its name or declared type)", UNSUPPORTED_TYPE);

    /** The context whose section of {@code docs/api.md} lists the code. */
    public enum Context { SHARED, IDENTITY, REGISTRY, FESTIVAL, CONFERENCE, PAYMENT }

    private final Context context;
    private final String meaning;
    private final ErrorKind kind;
    private final Set<ErrorKind> kinds;

    ErrorCode(Context context, String meaning, ErrorKind kind, ErrorKind... alsoAs) {
        this.context = context;
        this.meaning = meaning;
        this.kind = kind;
        EnumSet<ErrorKind> all = EnumSet.of(kind);
        all.addAll(Arrays.asList(alsoAs));
        this.kinds = Collections.unmodifiableSet(all);
    }

    /** The text of the problem's {@code code} field: the constant's name, never renamed. */
    public String code() {
        return name();
    }

    public Context context() {
        return context;
    }

    /** One line a client developer can act on. */
    public String meaning() {
        return meaning;
    }

    /** The kinds this code is raised as; one for all but a code that two different refusals share. */
    public Set<ErrorKind> kinds() {
        return kinds;
    }

    /** The kind the code is mostly raised as: the first one the catalogue names. */
    public ErrorKind kind() {
        return kind;
    }

    /** The HTTP status of {@link #kind()}; a code raised as several kinds has one status per kind. */
    public int status() {
        return kind.status();
    }

    public boolean raisedAs(ErrorKind kind) {
        return kinds.contains(kind);
    }
}
