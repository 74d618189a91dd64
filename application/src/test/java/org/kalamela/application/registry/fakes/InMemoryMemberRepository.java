package org.kalamela.application.registry.fakes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * In-memory {@link MemberRepository}. It refuses what the database's constraints refuse (a phone twice, a
 * twin in a unit, removing a councilor), so a use case that forgets a check fails here too.
 */
public class InMemoryMemberRepository implements MemberRepository {

    private final RegistryMemory memory;

    public InMemoryMemberRepository(RegistryMemory memory) {
        this.memory = memory;
    }

    @Override
    public Member add(UnitId unit, MemberDetails details) {
        if (!memory.unitNames.containsKey(unit)) {
            throw new IllegalStateException("foreign key violation: no unit " + unit);
        }
        Member member = new Member(MemberId.of(memory.nextId()), unit, details);
        requireUnique(member);
        memory.members.put(member.id(), member);
        return member;
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return Optional.ofNullable(memory.members.get(id));
    }

    @Override
    public List<Member> findByUnit(UnitId unit) {
        return memory.membersOf(unit).stream()
                .sorted(Comparator.comparing((Member m) -> m.details().name()).thenComparing(m -> m.id().value()))
                .toList();
    }

    @Override
    public Page<Member> findByUnit(UnitId unit, PageRequest page) {
        return Page.slice(findByUnit(unit), page);
    }

    @Override
    public long countByUnit(UnitId unit) {
        return memory.membersOf(unit).size();
    }

    @Override
    public Optional<Member> findByPhone(PhoneNumber phone) {
        return memory.members.values().stream().filter(m -> m.details().phone().equals(phone)).findFirst();
    }

    @Override
    public Optional<Member> findByNameAndDateOfBirth(UnitId unit, String name, LocalDate dateOfBirth) {
        return memory.membersOf(unit).stream()
                .filter(m -> Names.key(m.details().name()).equals(Names.key(name))
                        && m.details().dateOfBirth().equals(dateOfBirth))
                .findFirst();
    }

    @Override
    public void update(Member member) {
        if (!memory.members.containsKey(member.id())) {
            throw new IllegalStateException("no member " + member.id());
        }
        requireUnique(member);
        memory.members.put(member.id(), member);
    }

    @Override
    public void delete(MemberId id) {
        if (memory.councilors.values().stream().anyMatch(list -> list.contains(id))) {
            throw new IllegalStateException("foreign key violation: member " + id + " is a councilor");
        }
        memory.members.remove(id);
    }

    private void requireUnique(Member member) {
        MemberDetails details = member.details();
        findByPhone(details.phone()).filter(other -> !other.id().equals(member.id())).ifPresent(other -> {
            throw new IllegalStateException("unique violation: phone " + details.phone());
        });
        findByNameAndDateOfBirth(member.unitId(), details.name(), details.dateOfBirth())
                .filter(other -> !other.id().equals(member.id())).ifPresent(other -> {
                    throw new IllegalStateException("unique violation: " + details.name() + " in " + member.unitId());
                });
    }
}
