package org.kalamela.adapters.persistence.identity.account;

import java.time.Instant;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** The one mapping between an {@code accounts} row and an {@link Account}. */
final class AccountMapper {

    private AccountMapper() {
    }

    static Account toDomain(AccountEntity e) {
        return new Account(AccountId.of(e.id), e.username, e.email, e.phone, e.displayName, e.passwordHash,
                Role.valueOf(e.role), e.districtId == null ? null : DistrictId.of(e.districtId),
                e.unitId == null ? null : UnitId.of(e.unitId), e.active, e.passwordChangeRequired);
    }

    static AccountEntity toEntity(NewAccount a, Instant now) {
        AccountEntity e = new AccountEntity();
        e.username = a.username();
        e.email = a.email();
        e.phone = a.phone();
        e.displayName = a.displayName();
        e.passwordHash = a.passwordHash();
        e.role = a.role().name();
        e.districtId = a.districtId() == null ? null : a.districtId().value();
        e.unitId = a.unitId() == null ? null : a.unitId().value();
        e.active = true;
        e.passwordChangeRequired = a.passwordChangeRequired();
        e.createdAt = now;
        return e;
    }
}
