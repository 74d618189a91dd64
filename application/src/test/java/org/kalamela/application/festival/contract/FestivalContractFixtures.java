package org.kalamela.application.festival.contract;

import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The rows a contract test needs to exist before it exercises a port (foreign keys): the fakes' runner
 * writes them into the fakes, the PostgreSQL runner inserts them into the tables.
 */
public interface FestivalContractFixtures {

    /** Stores the edition with the 2025-26 rules unless it is stored already. */
    void givenEdition(EditionYear year);

    /** Stores an event of the edition (storing the edition first if needed); group events take 2..5 members. */
    FestivalEvent givenEvent(EditionYear year, String name, EventKind kind);

    DistrictId givenDistrict(String name);

    UnitId givenUnit(DistrictId district, String name);

    MemberId givenMember(UnitId unit, String name);

    /** Stores a judge's account (marks and sheets refer to accounts). */
    AccountId givenJudge(String username);

    /** Stores an individual entry of the member, counted for the district under the seniority. */
    IndividualEntryId givenIndividualEntry(EditionYear year, FestivalEvent event, MemberId member,
                                           DistrictId district, Seniority seniority);
}
