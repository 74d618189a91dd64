package org.kalamela.application.identity.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.session.Session;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.identity.session.SessionStatus;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What every {@link SessionRepository} does, run against the in-memory fake and PostgreSQL. Public tests, so
 * that the {@code @QuarkusTest} subclasses can wrap each one in a rolled-back transaction.
 */
public abstract class SessionRepositoryContract {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00.123456Z");

    protected abstract SessionRepository sessions();

    protected abstract AccountRepository accounts();

    @Test
    public void aStartedSessionIsOpenAndFoundWithItsStatus() {
        AccountId account = ContractAccounts.newAccount(accounts());
        SessionId id = started(account);

        assertThat(sessions().find(id)).contains(new Session(id, account, T, null, null));
        assertThat(sessions().statusOf(id)).contains(new SessionStatus(account, false, false));
    }

    @Test
    public void theStatusCarriesTheAccountsOneTimePasswordFlagAsItIsNow() {
        AccountId account = ContractAccounts.newAccount(accounts());
        SessionId id = started(account);

        accounts().requirePasswordChange(account, true);
        assertThat(sessions().statusOf(id)).contains(new SessionStatus(account, false, true));
        accounts().requirePasswordChange(account, false);
        assertThat(sessions().statusOf(id)).contains(new SessionStatus(account, false, false));
    }

    @Test
    public void anUnknownSessionFindsNothing() {
        assertThat(sessions().find(SessionId.random())).isEmpty();
        assertThat(sessions().statusOf(SessionId.random())).isEmpty();
    }

    @Test
    public void anEndedSessionKeepsItsFirstEnd() {
        AccountId account = ContractAccounts.newAccount(accounts());
        SessionId id = started(account);
        sessions().find(id);

        sessions().end(id, SessionEnd.SIGNED_OUT, T.plusSeconds(60));
        sessions().end(id, SessionEnd.TOKEN_REUSED, T.plusSeconds(120));
        sessions().endAllOf(account, SessionEnd.DEACTIVATED, T.plusSeconds(180));

        assertThat(sessions().find(id)).contains(new Session(id, account, T, T.plusSeconds(60), SessionEnd.SIGNED_OUT));
        assertThat(sessions().statusOf(id)).contains(new SessionStatus(account, true, false));
    }

    @Test
    public void endingAllOfAnAccountLeavesOtherAccountsAlone() {
        AccountId account = ContractAccounts.newAccount(accounts());
        AccountId other = ContractAccounts.newAccount(accounts());
        SessionId phone = started(account);
        SessionId laptop = started(account);
        SessionId others = started(other);

        sessions().endAllOf(account, SessionEnd.PASSWORD_RESET, T.plusSeconds(300));

        assertThat(sessions().find(phone).orElseThrow().endReason()).isEqualTo(SessionEnd.PASSWORD_RESET);
        assertThat(sessions().find(laptop).orElseThrow().endedAt()).isEqualTo(T.plusSeconds(300));
        assertThat(sessions().find(others).orElseThrow().open()).isTrue();
    }

    @Test
    public void endingAllButOneKeepsThatOne() {
        AccountId account = ContractAccounts.newAccount(accounts());
        AccountId other = ContractAccounts.newAccount(accounts());
        SessionId current = started(account);
        SessionId elsewhere = started(account);
        SessionId others = started(other);

        sessions().endAllOfExcept(account, current, SessionEnd.PASSWORD_CHANGED, T.plusSeconds(300));

        assertThat(sessions().find(current).orElseThrow().open()).isTrue();
        assertThat(sessions().find(elsewhere).orElseThrow().endReason()).isEqualTo(SessionEnd.PASSWORD_CHANGED);
        assertThat(sessions().find(others).orElseThrow().open()).isTrue();
    }

    private SessionId started(AccountId account) {
        SessionId id = SessionId.random();
        sessions().start(id, account, T);
        return id;
    }
}
