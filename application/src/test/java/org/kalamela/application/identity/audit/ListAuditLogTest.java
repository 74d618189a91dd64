package org.kalamela.application.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditFilter;
import org.kalamela.domain.shared.audit.AuditRecord;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

class ListAuditLogTest {

    private static final Instant T = Instant.parse("2026-02-01T08:00:00Z");
    private static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null);

    private final IdentityFixture world = new IdentityFixture();
    private final Actor admin = new Actor(AccountId.of(1), "admin", Role.ADMIN, null, null);

    @BeforeEach
    void someHistory() {
        for (int i = 0; i < 3; i++) {
            world.audit.record(new AuditEntry(AccountId.of(1), "admin", "UNIT_APPROVED", "unit", "u" + i,
                    T.plusSeconds(i), Map.of()));
        }
        world.audit.record(new AuditEntry(null, "anonymous", "SIGN_IN_FAILED", "account", null, T.plusSeconds(10),
                Map.of("login", "x")));
    }

    @Test
    void showsAdminsTheLogNewestFirst() {
        Page<AuditRecord> page = world.listAuditLog.execute(EVERYTHING, new PageRequest(0, 3), admin);

        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(r -> r.entry().targetId()).containsExactly(null, "u2", "u1");
    }

    @Test
    void passesTheFilterOn() {
        Page<AuditRecord> page = world.listAuditLog.execute(
                new AuditFilter("admin", "UNIT_APPROVED", T.plusSeconds(1), null), PageRequest.of(null, null), admin);

        assertThat(page.items()).extracting(r -> r.entry().targetId()).containsExactly("u2", "u1");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void isForAdminsOnly(Role role) {
        Actor other = new Actor(AccountId.of(2), "someone", role, DistrictId.of(1), UnitId.of(1));

        assertThatThrownBy(() -> world.listAuditLog.execute(EVERYTHING, new PageRequest(0, 10), other))
                .isInstanceOf(Forbidden.class);
    }
}
