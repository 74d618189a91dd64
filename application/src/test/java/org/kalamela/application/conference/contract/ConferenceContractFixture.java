package org.kalamela.application.conference.contract;

import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * The rows the conference's contract tests need before they exercise a port (foreign keys): the fakes' runner
 * writes them into the fakes, the PostgreSQL runner inserts them into the tables.
 */
public interface ConferenceContractFixture {

    /** An active district of exactly that name with the conference limits (officials, members). */
    DistrictId givenDistrict(String name, int officialLimit, int memberLimit);

    UnitId givenUnit(DistrictId district, String name);

    MemberId givenMember(UnitId unit, String name, Gender gender);

    /** An account that adds delegates or is a district's official account. */
    AccountId givenAccount();
}
