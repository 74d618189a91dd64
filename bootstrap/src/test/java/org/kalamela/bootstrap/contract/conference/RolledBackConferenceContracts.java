package org.kalamela.bootstrap.contract.conference;

import io.quarkus.arc.Unremovable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.kalamela.application.conference.contract.ConferenceContractFixture;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * The one transaction a conference contract test runs in, rolled back afterwards, and the fixtures inside it.
 * It is begun by whichever comes first, a fixture or the test's {@code @BeforeEach} (the contracts build rows
 * in {@code @BeforeEach}, which {@code @TestTransaction} does not cover), and empties the conferences in it
 * (undone by the rollback), because the contracts assume no active conference while the HTTP tests leave
 * committed ones behind.
 */
@Singleton
@Unremovable
public class RolledBackConferenceContracts implements ConferenceContractFixture {

    @Inject
    EntityManager em;

    void begin() {
        if (QuarkusTransaction.isActive()) {
            return;
        }
        QuarkusTransaction.begin();
        em.createNativeQuery("TRUNCATE conferences CASCADE").executeUpdate();
    }

    void rollBack() {
        if (QuarkusTransaction.isActive()) {
            QuarkusTransaction.rollback();
        }
    }

    @Override
    public DistrictId givenDistrict(String name, int officialLimit, int memberLimit) {
        begin();
        return DistrictId.of(id(em.createNativeQuery("""
                        INSERT INTO districts (name, conference_official_limit, conference_member_limit)
                        VALUES (?1, ?2, ?3) RETURNING id""")
                .setParameter(1, name).setParameter(2, officialLimit).setParameter(3, memberLimit)
                .getSingleResult()));
    }

    @Override
    public UnitId givenUnit(DistrictId district, String name) {
        begin();
        return UnitId.of(id(em.createNativeQuery("INSERT INTO units (district_id, name) VALUES (?1, ?2) RETURNING id")
                .setParameter(1, district.value()).setParameter(2, name).getSingleResult()));
    }

    @Override
    public MemberId givenMember(UnitId unit, String name, Gender gender) {
        begin();
        String phone = "9" + String.format(Locale.ROOT, "%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        return MemberId.of(id(em.createNativeQuery("""
                        INSERT INTO members (unit_id, name, gender, date_of_birth, phone)
                        VALUES (?1, ?2, ?3, DATE '2000-01-01', ?4) RETURNING id""")
                .setParameter(1, unit.value()).setParameter(2, name).setParameter(3, gender.name())
                .setParameter(4, phone).getSingleResult()));
    }

    @Override
    public AccountId givenAccount() {
        begin();
        return AccountId.of(id(em.createNativeQuery("""
                        INSERT INTO accounts (username, display_name, password_hash, role)
                        VALUES ('conference-contract-' || md5(CAST(random() AS text)), 'Contract account',
                                'not a hash', 'ADMIN') RETURNING id""").getSingleResult()));
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
