package org.kalamela.bootstrap.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.identity.password.PasswordHasher;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** Creates accounts and districts directly, for tests of sign-in that need an account of a given shape. */
@ApplicationScoped
public class TestAccounts {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    EntityManager em;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public DistrictId district(String name) {
        Number id = (Number) em.createNativeQuery("INSERT INTO districts (name) VALUES (?1) RETURNING id")
                .setParameter(1, name).getSingleResult();
        return DistrictId.of(id.longValue());
    }

    @Transactional
    public AccountId official(String username, String email, String phone, String password, DistrictId district) {
        return accounts.create(new NewAccount(username, email, phone, "Official " + username, hasher.hash(password),
                Role.DISTRICT_OFFICIAL, district, null));
    }

    /** A registered unit's account, signed in as the unit. */
    @Transactional
    public AccountId unit(String username, String password, DistrictId district, UnitId unit) {
        return accounts.create(new NewAccount(username, null, null, "Unit " + username, hasher.hash(password),
                Role.UNIT, district, unit));
    }

    /** An ordinary administrator with a password of its own (not a one-time password). */
    @Transactional
    public AccountId admin(String username, String password) {
        return accounts.create(new NewAccount(username, null, null, "Admin " + username, hasher.hash(password),
                Role.ADMIN, null, null));
    }

    @Transactional
    public AccountId withStoredHash(String username, String email, String storedHash, Role role, DistrictId district) {
        return accounts.create(new NewAccount(username, email, null, "Account " + username, storedHash, role,
                district, null));
    }

    @Transactional
    public void deactivate(AccountId id) {
        accounts.setActive(id, false);
    }

    @Transactional
    public String storedHash(AccountId id) {
        return accounts.findById(id).orElseThrow().passwordHash();
    }

    /** How many audit entries have {@code text} anywhere in their details. */
    @Transactional
    public long auditEntriesMentioning(String text) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM audit_log WHERE strpos(details::text, ?1) > 0")
                .setParameter(1, text).getSingleResult()).longValue();
    }

    /** How many failed-sign-in counts are kept under {@code loginKey}, or under a key containing it. */
    @Transactional
    public long throttleRowsMentioning(String text) {
        return ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM login_throttles WHERE strpos(login_key, ?1) > 0")
                .setParameter(1, text).getSingleResult()).longValue();
    }

    /** The failures counted for a login from an address ({@code *}: from every address), 0 when none. */
    @Transactional
    public int throttleFailures(String loginKey, String clientAddress) {
        List<?> rows = em.createNativeQuery(
                        "SELECT failures FROM login_throttles WHERE login_key = ?1 AND client_address = ?2")
                .setParameter(1, loginKey).setParameter(2, clientAddress)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    @Transactional
    public AccountId idOf(String username) {
        return accounts.findByLogin(username).orElseThrow().id();
    }
}
