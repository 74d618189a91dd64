package org.kalamela.application.identity.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.DistrictOfficialPolicy;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.shared.actor.Actor;

/**
 * How a district official's account comes to be, whoever asks for it: the admin creating the district's
 * official ({@link CreateDistrictOfficial}) or appointing a conference official for a district that has none
 * yet. One active official per district, named {@code official-<district>} unless the admin names it; the
 * rest (invitation or one-time password, audit) is {@link StaffAccounts}, which judges' accounts share.
 * A plain bean, not a use case: it runs inside its caller's transaction.
 */
@ApplicationScoped
public class DistrictOfficialAccounts {

    private final AccountRepository accounts;
    private final StaffAccounts staff;

    @Inject
    public DistrictOfficialAccounts(AccountRepository accounts, StaffAccounts staff) {
        this.accounts = accounts;
        this.staff = staff;
    }

    /** The district's active official account, if it has one. */
    public Optional<Account> activeOfficial(District district) {
        return accounts.findActiveOfficial(district.id());
    }

    /**
     * Creates the district's official account (one active per district) and audits it as
     * {@code DISTRICT_OFFICIAL_CREATED}.
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code DISTRICT_OFFICIAL_EXISTS},
     *         {@code USERNAME_IN_USE}, {@code EMAIL_IN_USE}, {@code PHONE_IN_USE}
     */
    public StaffAccounts.Created create(District district, StaffAccounts.Request request, Actor actor) {
        DistrictOfficialPolicy.checkNewOfficial(district.name(), activeOfficial(district).isPresent());
        return staff.create(StaffKind.DISTRICT_OFFICIAL, district.id(),
                "official-" + StaffAccounts.slug(district.name(), "district"), request, actor,
                Map.of("district", district.name()));
    }
}
