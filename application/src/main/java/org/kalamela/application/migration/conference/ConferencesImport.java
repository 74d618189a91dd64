package org.kalamela.application.migration.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.ConferenceRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.conference.conference.ConferenceDetails;
import org.kalamela.domain.conference.conference.ConferenceRepository;

/**
 * Conferences, with the fee of DOMAIN.md (300 per delegate). An active conference stays active unless another
 * one already is (one at a time): it then comes in inactive, noted.
 */
@ApplicationScoped
public class ConferencesImport implements TableImport<ConferenceRow> {

    private static final Set<String> ACTIVE = Set.of("active", "true", "1", "t", "yes", "open");

    private final ConferenceRepository conferences;

    @Inject
    public ConferencesImport(ConferenceRepository conferences) {
        this.conferences = conferences;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.CONFERENCES;
    }

    @Override
    public List<ConferenceRow> items(LegacySnapshot snapshot) {
        return snapshot.conferences().stream().sorted(Comparator.comparingLong(ConferenceRow::id)).toList();
    }

    @Override
    public long id(ConferenceRow item) {
        return item.id();
    }

    @Override
    public void load(ConferenceRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        ConferenceDetails details = new ConferenceDetails(row.title(), row.details(),
                ConferenceDetails.DEFAULT_DELEGATE_FEE);
        boolean active = row.status() != null && ACTIVE.contains(row.status().strip().toLowerCase(Locale.ROOT));
        if (active && conferences.findActive().isPresent()) {
            batch.note(row.id(), "imported inactive: conference '" + conferences.findActive().get().title()
                    + "' is the active one");
            active = false;
        }
        batch.imported(row.id(), conferences.create(details, active,
                row.addedOn() == null ? batch.run().at() : row.addedOn()).id().value());
    }
}
