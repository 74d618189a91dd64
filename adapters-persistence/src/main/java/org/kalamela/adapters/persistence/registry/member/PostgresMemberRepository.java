package org.kalamela.adapters.persistence.registry.member;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.PanachePages;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.PhoneNumber;

@ApplicationScoped
public class PostgresMemberRepository implements MemberRepository {

    private final MemberPanacheRepository members;

    @Inject
    PostgresMemberRepository(MemberPanacheRepository members) {
        this.members = members;
    }

    @Override
    public Member add(UnitId unit, MemberDetails details) {
        MemberEntity entity = MemberMapper.toEntity(unit, details);
        return SchemaConstraints.translating(() -> {
            members.persist(entity);
            members.flush();
            return MemberMapper.toDomain(entity);
        });
    }

    @Override
    public Optional<Member> findById(MemberId id) {
        return members.findByIdOptional(id.value()).map(MemberMapper::toDomain);
    }

    @Override
    public List<Member> findByUnit(UnitId unit) {
        return members.list("unitId", Sort.by("name").and("id"), unit.value()).stream()
                .map(MemberMapper::toDomain).toList();
    }

    @Override
    public Page<Member> findByUnit(UnitId unit, PageRequest page) {
        return PanachePages.read(members.find("unitId", Sort.by("name").and("id"), unit.value()), page,
                MemberMapper::toDomain);
    }

    @Override
    public long countByUnit(UnitId unit) {
        return members.count("unitId", unit.value());
    }

    @Override
    public Optional<Member> findByPhone(PhoneNumber phone) {
        return members.find("phone", phone.digits()).firstResultOptional().map(MemberMapper::toDomain);
    }

    /** Compares as the unique index {@code members_unit_name_dob_uq} does (names are stored tidy). */
    @Override
    public Optional<Member> findByNameAndDateOfBirth(UnitId unit, String name, LocalDate dateOfBirth) {
        return members.find("unitId = ?1 and lower(name) = lower(?2) and dateOfBirth = ?3", unit.value(),
                Names.key(name), dateOfBirth).firstResultOptional().map(MemberMapper::toDomain);
    }

    @Override
    public void update(Member member) {
        MemberEntity entity = members.findByIdOptional(member.id().value())
                .orElseThrow(() -> new IllegalStateException("no member " + member.id()));
        MemberMapper.copy(member.details(), entity);
        SchemaConstraints.translating(() -> {
            members.flush();
            return null;
        });
    }

    /**
     * The festival's records other than entries (a chest number kept for the member, an exclusion) refer to
     * the member too; they make the member one that is not removed, as entries do.
     */
    @Override
    public void delete(MemberId id) {
        SchemaConstraints.deleting(() -> {
            members.deleteById(id.value());
            members.flush();
        }, () -> new RuleViolation(ErrorCode.MEMBER_HAS_ENTRIES,
                "The member has festival records (such as a chest number) and cannot be removed"));
    }
}
