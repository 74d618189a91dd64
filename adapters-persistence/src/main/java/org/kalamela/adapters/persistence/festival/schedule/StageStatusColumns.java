package org.kalamela.adapters.persistence.festival.schedule;

import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.schedule.PerformanceStatus;
import org.kalamela.domain.festival.schedule.StageStatus;

/** Reads a {@code stage_statuses} row's status and code letter; the schedule's readers share it. */
public final class StageStatusColumns {

    private StageStatusColumns() {
    }

    /** The status of the columns; both null (no row, read through an outer join) is waiting. */
    public static StageStatus read(Object status, Object codeLetter) {
        if (status == null) {
            return StageStatus.WAITING;
        }
        return new StageStatus(PerformanceStatus.valueOf(Columns.text(status)),
                Optional.ofNullable(codeLetter).map(Columns::text));
    }
}
