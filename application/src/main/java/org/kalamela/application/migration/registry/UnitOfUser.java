package org.kalamela.application.migration.registry;

import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The old app hung a unit's records (registration, details, members, officials, councilors) off the unit's
 * account ({@code registered_user_id}); the new model hangs them off the unit. This finds the imported unit of an
 * old unit account, provided the account was imported too.
 */
final class UnitOfUser {

    private UnitOfUser() {
    }

    /** The new unit, or empty with the reason reported for the row. */
    static Optional<UnitId> find(Long userId, long rowId, ImportBatch batch) {
        if (batch.newId(LegacyTable.USERS, userId).isEmpty()) {
            batch.skipped(rowId, "orphan: unit account " + userId + " was not imported");
            return Optional.empty();
        }
        Optional<Long> unit = batch.snapshot().unitOfUser(userId).flatMap(u -> batch.newId(LegacyTable.UNITS, u));
        if (unit.isEmpty()) {
            batch.skipped(rowId, "orphan: user " + userId + " is no unit's account");
        }
        return unit.map(UnitId::of);
    }
}
