package org.kalamela.bootstrap.contract.festival;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.adapters.persistence.festival.PostgresParticipationLocks;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.ParticipationLocks;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * An individual entry's locks, taken in one statement, are the two locks the port names, held by the
 * transaction (PostgreSQL's {@code pg_locks} of this backend): the district's scope of the event under the
 * seniority, and the member.
 */
@QuarkusTest
@TestTransaction
class PostgresParticipationLocksTest {

    private static final EditionYear YEAR = EditionYear.of(2297);
    private static final DistrictId DISTRICT = DistrictId.of(41);
    private static final EventId EVENT = EventId.of(42);
    private static final MemberId MEMBER = MemberId.of(43);

    @Inject
    ParticipationLocks locks;

    @Inject
    EntityManager em;

    /** {@code pg_locks} shows a bigint key as its two 32-bit halves: put back together, the key itself. */
    private List<Long> heldKeys() {
        return em.createNativeQuery("""
                        SELECT (classid::bigint << 32) | objid::bigint FROM pg_locks
                        WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted ORDER BY 1""",
                        Long.class)
                .getResultList();
    }

    @Test
    void an_entry_with_a_seniority_holds_the_district_scope_and_the_member() {
        locks.lockIndividualEntry(YEAR, DISTRICT, EVENT, Optional.of(Seniority.JUNIOR), MEMBER);

        assertThat(heldKeys()).containsExactlyInAnyOrder(
                PostgresParticipationLocks.districtEntries(YEAR, DISTRICT, EVENT, Seniority.JUNIOR).key(),
                PostgresParticipationLocks.member(YEAR, MEMBER).key());
    }

    @Test
    void an_entry_without_a_seniority_holds_the_member_only() {
        locks.lockIndividualEntry(YEAR, DISTRICT, EVENT, Optional.empty(), MEMBER);

        assertThat(heldKeys()).containsExactly(PostgresParticipationLocks.member(YEAR, MEMBER).key());
    }
}
