package org.kalamela.application.identity.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * What every {@link AccountRepository} does, run against the in-memory fake and the PostgreSQL adapter.
 * Every test uses usernames, emails and phones of its own, so it runs on a database shared with others.
 *
 * <p>The tests are public so that a subclass in another package can override them: the {@code @QuarkusTest}
 * subclasses wrap each one in a rolled-back transaction by interception.
 */
public abstract class AccountRepositoryContract {

    /** The repository under test. */
    protected abstract AccountRepository accounts();

    /** A district that exists, for a district official to belong to. */
    protected abstract DistrictId aDistrict();

    /** A unit of {@code district} that exists and has no account yet: a new one on every call. */
    protected abstract UnitId aNewUnit(DistrictId district);

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final long phoneBase = ThreadLocalRandom.current().nextLong(6_000_000_000L, 9_999_999_000L);

    @Test
    public void anAccountIsReadBackAsCreated() {
        DistrictId district = aDistrict();
        AccountId id = accounts().create(new NewAccount(" official-" + tag + " ", " Official-" + tag + "@Example.ORG ",
                " " + phone(1) + " ", "Official " + tag, "hash-1", Role.DISTRICT_OFFICIAL, district, null));

        Account account = accounts().findById(id).orElseThrow();

        assertThat(account).isEqualTo(new Account(id, "official-" + tag, "official-" + tag + "@example.org",
                phone(1), "Official " + tag, "hash-1", Role.DISTRICT_OFFICIAL, district, null, true, false));
    }

    @Test
    public void aUnitAccountKeepsItsUnitAndDistrict() {
        DistrictId district = aDistrict();
        UnitId unit = aNewUnit(district);
        AccountId id = accounts().create(new NewAccount("unit-" + tag, null, null, "Unit " + tag, "hash-1",
                Role.UNIT, district, unit));

        Account account = accounts().findById(id).orElseThrow();

        assertThat(account.unitId()).isEqualTo(unit);
        assertThat(account.districtId()).isEqualTo(district);
        assertThat(account.email()).isNull();
        assertThat(account.phone()).isNull();
    }

    @Test
    public void anUnknownIdFindsNothing() {
        assertThat(accounts().findById(AccountId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    public void signInFindsTheAccountByUsernameInAnyLetterCase() {
        AccountId id = judge("Judge-" + tag, null, null);

        assertThat(accounts().findByLogin("Judge-" + tag)).map(Account::id).contains(id);
        assertThat(accounts().findByLogin("JUDGE-" + tag.toUpperCase())).map(Account::id).contains(id);
        assertThat(accounts().findByLogin("judge-" + tag)).map(Account::id).contains(id);
    }

    @Test
    public void signInFindsTheAccountByEmailInAnyLetterCase() {
        AccountId id = judge("judge-" + tag, "judge-" + tag + "@example.org", null);

        assertThat(accounts().findByLogin("judge-" + tag + "@example.org")).map(Account::id).contains(id);
        assertThat(accounts().findByLogin("Judge-" + tag + "@EXAMPLE.org")).map(Account::id).contains(id);
    }

    @Test
    public void signInFindsTheAccountByPhone() {
        AccountId id = judge("judge-" + tag, null, phone(1));

        assertThat(accounts().findByLogin(phone(1))).map(Account::id).contains(id);
    }

    @Test
    public void anUnknownLoginFindsNothing() {
        judge("judge-" + tag, "judge-" + tag + "@example.org", phone(1));

        assertThat(accounts().findByLogin("judge-" + tag + "x")).isEmpty();
        assertThat(accounts().findByLogin("x" + tag + "@example.org")).isEmpty();
        assertThat(accounts().findByLogin(phone(2))).isEmpty();
    }

    @Test
    public void tellsWhetherAUsernameEmailOrPhoneIsTaken() {
        judge("judge-" + tag, "judge-" + tag + "@example.org", phone(1));

        assertThat(accounts().usernameTaken("JUDGE-" + tag.toUpperCase())).isTrue();
        assertThat(accounts().emailTaken("Judge-" + tag + "@Example.org")).isTrue();
        assertThat(accounts().phoneTaken(phone(1))).isTrue();
        assertThat(accounts().usernameTaken("other-" + tag)).isFalse();
        assertThat(accounts().emailTaken("other-" + tag + "@example.org")).isFalse();
        assertThat(accounts().phoneTaken(phone(2))).isFalse();
    }

    @Test
    public void accountsWithoutEmailOrPhoneDoNotCollide() {
        AccountId first = judge("first-" + tag, null, null);
        AccountId second = judge("second-" + tag, null, null);

        assertThat(first).isNotEqualTo(second);
        assertThat(accounts().findById(second)).isPresent();
    }

    @Test
    public void refusesAUsernameTakenInAnotherLetterCase() {
        judge("judge-" + tag, null, null);

        assertRefused(() -> judge("JUDGE-" + tag, null, null), "USERNAME_IN_USE");
    }

    @Test
    public void refusesATakenEmail() {
        judge("first-" + tag, "judge-" + tag + "@example.org", null);

        assertRefused(() -> judge("second-" + tag, "Judge-" + tag + "@example.org", null), "EMAIL_IN_USE");
    }

    @Test
    public void refusesATakenPhone() {
        judge("first-" + tag, null, phone(1));

        assertRefused(() -> judge("second-" + tag, null, phone(1)), "PHONE_IN_USE");
    }

    @Test
    public void refusesASecondAccountForAUnit() {
        DistrictId district = aDistrict();
        UnitId unit = aNewUnit(district);
        accounts().create(new NewAccount("unit-" + tag, null, null, "Unit", "hash", Role.UNIT, district, unit));

        assertRefused(() -> accounts().create(new NewAccount("unit2-" + tag, null, null, "Unit", "hash",
                Role.UNIT, district, unit)), "UNIT_ALREADY_REGISTERED");
    }

    @Test
    public void refusesASecondActiveOfficialForADistrict() {
        DistrictId district = aDistrict();
        official("first-" + tag, district);

        assertRefused(() -> official("second-" + tag, district), "DISTRICT_OFFICIAL_EXISTS");
    }

    @Test
    public void aDistrictMayKeepFormerOfficialsBesideTheActiveOne() {
        DistrictId district = aDistrict();
        AccountId former = official("former-" + tag, district);
        accounts().setActive(former, false);

        AccountId current = official("current-" + tag, district);

        assertThat(accounts().findActiveOfficial(district)).map(Account::id).contains(current);
    }

    @Test
    public void refusesToReactivateAnOfficialWhileAnotherIsActive() {
        DistrictId district = aDistrict();
        AccountId former = official("former-" + tag, district);
        accounts().setActive(former, false);
        official("current-" + tag, district);

        assertRefused(() -> accounts().setActive(former, true), "DISTRICT_OFFICIAL_EXISTS");
    }

    @Test
    public void findsTheActiveOfficialOfADistrictOnly() {
        DistrictId district = aDistrict();
        DistrictId otherDistrict = aDistrict();
        AccountId official = official("official-" + tag, district);

        assertThat(accounts().findActiveOfficial(district)).map(Account::id).contains(official);
        assertThat(accounts().findActiveOfficial(otherDistrict)).isEmpty();

        accounts().setActive(official, false);
        assertThat(accounts().findActiveOfficial(district)).isEmpty();
    }

    @Test
    public void listsTheAccountsOfARoleInADistrictByUsername() {
        DistrictId district = aDistrict();
        AccountId c = official("official-" + tag + "-c", district);
        accounts().setActive(c, false);
        AccountId a = official("official-" + tag + "-a", district);
        accounts().setActive(a, false);
        AccountId b = official("official-" + tag + "-b", district);
        official("official-" + tag + "-d", aDistrict());
        accounts().create(new NewAccount("judge-" + tag, null, null, "Judge", "hash", Role.JUDGE, district, null));

        Page<Account> all = accounts().findByRole(Role.DISTRICT_OFFICIAL, district, new PageRequest(0, 10));
        Page<Account> second = accounts().findByRole(Role.DISTRICT_OFFICIAL, district, new PageRequest(1, 2));

        assertThat(all.items()).extracting(Account::id).containsExactly(a, b, c);
        assertThat(all.total()).isEqualTo(3);
        assertThat(second.items()).extracting(Account::id).containsExactly(c);
        assertThat(second.total()).isEqualTo(3);
    }

    @Test
    public void listsTheAccountsOfARoleAcrossDistrictsByDistrictThenUsername() {
        DistrictId first = aDistrict();
        DistrictId second = aDistrict();
        DistrictId earlier = first.value() < second.value() ? first : second;
        DistrictId later = earlier == first ? second : first;
        AccountId inLater = official("official-" + tag + "-a", later);
        AccountId inEarlier = official("official-" + tag + "-b", earlier);

        List<AccountId> listed = new ArrayList<>();
        Page<Account> page = accounts().findByRole(Role.DISTRICT_OFFICIAL, null, new PageRequest(0, 200));
        for (int n = 1; !page.items().isEmpty(); n++) {
            page.items().forEach(acc -> listed.add(acc.id()));
            page = accounts().findByRole(Role.DISTRICT_OFFICIAL, null, new PageRequest(n, 200));
        }

        assertThat(listed).containsSubsequence(inEarlier, inLater);
        assertThat(listed).hasSize((int) page.total());
    }

    @Test
    public void aNewPasswordHashIsSeenByEveryRead() {
        AccountId id = judge("judge-" + tag, null, phone(1));
        accounts().findById(id);

        accounts().changePasswordHash(id, "hash-2");

        assertThat(accounts().findById(id)).map(Account::passwordHash).contains("hash-2");
        assertThat(accounts().findByLogin(phone(1))).map(Account::passwordHash).contains("hash-2");
    }

    @Test
    public void aOneTimePasswordIsMarkedUntilReplacedAndARehashKeepsTheMark() {
        AccountId oneTime = accounts().create(new NewAccount("official-" + tag, null, null, "Official", "hash-1",
                Role.JUDGE, null, null).withOneTimePassword());
        AccountId own = judge("judge-" + tag, null, null);
        assertThat(accounts().findById(oneTime)).map(Account::passwordChangeRequired).contains(true);
        assertThat(accounts().findById(own)).map(Account::passwordChangeRequired).contains(false);

        accounts().changePasswordHash(oneTime, "hash-2");
        assertThat(accounts().findByLogin("official-" + tag)).map(Account::passwordChangeRequired).contains(true);

        accounts().requirePasswordChange(oneTime, false);
        assertThat(accounts().findById(oneTime)).map(Account::passwordChangeRequired).contains(false);
        assertThat(accounts().findById(own)).map(Account::passwordChangeRequired).contains(false);
    }

    @Test
    public void anAccountIsDeactivatedAndReactivated() {
        AccountId id = judge("judge-" + tag, null, null);

        accounts().setActive(id, false);
        assertThat(accounts().findById(id)).map(Account::active).contains(false);
        assertThat(accounts().findByLogin("judge-" + tag)).map(Account::active).contains(false);

        accounts().setActive(id, true);
        assertThat(accounts().findById(id)).map(Account::active).contains(true);
    }

    @Test
    public void changesTouchOnlyTheirAccount() {
        AccountId changed = judge("first-" + tag, null, null);
        AccountId other = judge("second-" + tag, null, null);

        accounts().changePasswordHash(changed, "hash-2");
        accounts().setActive(changed, false);

        Account untouched = accounts().findById(other).orElseThrow();
        assertThat(untouched.passwordHash()).isEqualTo("hash-1");
        assertThat(untouched.active()).isTrue();
    }

    private AccountId official(String username, DistrictId district) {
        return accounts().create(new NewAccount(username, null, null, "Official " + username, "hash-1",
                Role.DISTRICT_OFFICIAL, district, null));
    }

    /**
     * The refusal must be the last call of a test: in PostgreSQL it aborts the transaction it happens in, as
     * it would abort the use case that ran into it.
     */
    private static void assertRefused(ThrowingCallable write, String code) {
        assertThatThrownBy(write).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private AccountId judge(String username, String email, String phone) {
        return accounts().create(new NewAccount(username, email, phone, "Judge " + username, "hash-1", Role.JUDGE,
                null, null));
    }

    /** The n-th phone number of this test: ten digits, random per test. */
    private String phone(int n) {
        return Long.toString(phoneBase + n);
    }
}
