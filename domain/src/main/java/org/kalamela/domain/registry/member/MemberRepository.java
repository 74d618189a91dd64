package org.kalamela.domain.registry.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * Outbound port: the members of units. The database backs the rules the use cases check: a phone belongs
 * to one member, and a unit has one member of a given name (ignoring case) and date of birth.
 */
public interface MemberRepository {

    /** Stores a new member of the unit and returns it with its id. */
    Member add(UnitId unit, MemberDetails details);

    Optional<Member> findById(MemberId id);

    /** The unit's members ordered by name. */
    List<Member> findByUnit(UnitId unit);

    /** A page of the unit's members ordered by name (then id). */
    Page<Member> findByUnit(UnitId unit, PageRequest page);

    long countByUnit(UnitId unit);

    /** The member with this phone, in any unit. */
    Optional<Member> findByPhone(PhoneNumber phone);

    /** The unit's member with this name (ignoring case and spacing, see {@link Names#key}) and birth date. */
    Optional<Member> findByNameAndDateOfBirth(UnitId unit, String name, LocalDate dateOfBirth);

    /** Stores the details of an existing member. */
    void update(Member member);

    void delete(MemberId id);
}
