package org.kalamela.adapters.persistence.conference.delegate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.conference.delegate.ConferenceMember;
import org.kalamela.domain.conference.delegate.ConferenceMemberDirectory;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

/** A member with their unit's district, read from the registry's tables in one statement. */
@ApplicationScoped
public class PostgresConferenceMemberDirectory implements ConferenceMemberDirectory {

    private final EntityManager em;

    @Inject
    public PostgresConferenceMemberDirectory(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ConferenceMember> find(MemberId member) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.id, u.district_id, m.name, m.gender FROM members m"
                        + " JOIN units u ON u.id = m.unit_id WHERE m.id = ?1")
                .setParameter(1, member.value())
                .getResultList();
        return rows.stream().findFirst().map(row -> new ConferenceMember(MemberId.of(Columns.number(row[0])),
                DistrictId.of(Columns.number(row[1])), Columns.text(row[2]), Gender.valueOf(Columns.text(row[3]))));
    }
}
