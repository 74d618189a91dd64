package org.kalamela.domain.festival.eligibility;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Read port: the registry's members as the festival of an edition sees them. The adapter reads the
 * registry's tables (members, units, districts) joined with the festival's exclusions of that edition,
 * which make {@link Candidate#excluded()}; the festival never writes there.
 *
 * <p>Every lookup answers any district's members: deciding that a member of another district is
 * "not found" is the use case's job, so that the rule stays in one place.
 */
public interface FestivalMemberDirectory {

    Optional<FestivalMember> find(EditionYear edition, MemberId member);

    /** The members among {@code members} that exist, in one query; missing ids are simply absent. */
    List<FestivalMember> findAll(EditionYear edition, Set<MemberId> members);

    /** The district of a unit, if the unit exists. */
    Optional<DistrictId> districtOfUnit(UnitId unit);

    /** The name of a district, if it exists. */
    Optional<String> districtName(DistrictId district);

    /**
     * Every member of the district (of one unit of it, when {@code unit} is given) with what they already
     * have in the edition, for the event's eligible-members listing, in one query whatever the district's
     * size: {@link MemberEntries#enteredInEvent()} tells whether the member is entered in the event
     * (individually, or in a team of a group event), {@link MemberEntries#individualEvents()} how many
     * individual events the member is entered in across the edition. Ordered by unit name, member name,
     * then member id.
     */
    List<EventCandidate> candidates(EditionYear edition, EventId event, DistrictId district, Optional<UnitId> unit);
}
