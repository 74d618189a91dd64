package org.kalamela.application.migration.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.ExclusionRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.festival.exclusion.Exclusion;
import org.kalamela.domain.festival.exclusion.ExclusionRepository;
import org.kalamela.domain.festival.exclusion.NewExclusion;
import org.kalamela.domain.shared.id.MemberId;

/** Members the admin excluded, excluded from the run's edition (the old app had one festival at a time). */
@ApplicationScoped
public class ExclusionsImport implements TableImport<ExclusionRow> {

    static final String REASON = "Excluded in the old app";

    private final ExclusionRepository exclusions;

    @Inject
    public ExclusionsImport(ExclusionRepository exclusions) {
        this.exclusions = exclusions;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.EXCLUSIONS;
    }

    @Override
    public List<ExclusionRow> items(LegacySnapshot snapshot) {
        return snapshot.exclusions().stream().sorted(Comparator.comparingLong(ExclusionRow::id)).toList();
    }

    @Override
    public long id(ExclusionRow item) {
        return item.id();
    }

    @Override
    public void load(ExclusionRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<Long> member = batch.newId(LegacyTable.MEMBERS, row.memberId());
        if (member.isEmpty()) {
            batch.skipped(row.id(), "orphan: member " + row.memberId() + " was not imported");
            return;
        }
        var edition = batch.run().edition().year();
        Optional<Exclusion> existing = exclusions.findByMember(edition, MemberId.of(member.get()));
        if (existing.isPresent()) {
            batch.skipped(row.id(), "member " + row.memberId() + " is already excluded");
            return;
        }
        batch.imported(row.id(), exclusions.create(new NewExclusion(edition, MemberId.of(member.get()), REASON,
                batch.run().importer(), batch.run().at())).value());
    }
}
