package org.kalamela.application.migration;

/**
 * The old app's tables, in the order the import loads them: every table after those it refers to (districts
 * before units, units before their accounts, accounts before what units recorded, members before entries, teams
 * and delegates, entries and teams before their score cards, score cards (the published results) before appeals).
 * {@link #loaded} is false for the tables that are read and counted but not loaded yet.
 */
public enum LegacyTable {
    DISTRICTS("auth_app_clergydistrict", true),
    UNITS("auth_app_unitname", true),
    USERS("auth_app_customuser", true),
    UNIT_REGISTRATIONS("auth_app_unitregistrationdata", true),
    UNIT_DETAILS("auth_app_unitdetails", true),
    MEMBERS("auth_app_unitmembers", true),
    UNIT_OFFICIALS("auth_app_unitofficials", true),
    UNIT_COUNCILORS("auth_app_unitcouncilor", true),
    INDIVIDUAL_EVENTS("kalamela_individualevent", true),
    GROUP_EVENTS("kalamela_groupevent", true),
    EXCLUSIONS("kalamela_kalamelaexcludemembers", true),
    INDIVIDUAL_PARTICIPATIONS("kalamela_individualeventparticipation", true),
    GROUP_PARTICIPATIONS("kalamela_groupeventparticipation", true),
    KALAMELA_PAYMENTS("kalamela_kalamelapayements", true),
    CONFERENCES("conference_conference", true),
    CONFERENCE_REGISTRATIONS("conference_conferenceregistrationdata", false),
    CONFERENCE_DELEGATES("conference_conferencedelegate", true),
    CONFERENCE_PAYMENTS("conference_conferencepayment", true),
    INDIVIDUAL_SCORECARDS("kalamela_individualeventscorecard", true),
    GROUP_SCORECARDS("kalamela_groupeventscorecard", true),
    APPEALS("kalamela_appeal", true),
    APPEAL_PAYMENTS("kalamela_appealpayements", true);

    private final String djangoTable;
    private final boolean loaded;

    LegacyTable(String djangoTable, boolean loaded) {
        this.djangoTable = djangoTable;
        this.loaded = loaded;
    }

    /** The table's name in the old database ({@code <app>_<model in lower case>}). */
    public String djangoTable() {
        return djangoTable;
    }

    public boolean loaded() {
        return loaded;
    }
}
