package org.kalamela.application.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.registry.query.MemberRow;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.application.registry.query.RegistryExportReader.ExportScope;
import org.kalamela.application.registry.query.RegistryExportReader;
import org.kalamela.domain.registry.officials.Office;

/** The contract of {@link RegistryExportReader}, for the fake and the adapter. */
public abstract class RegistryExportReaderContract extends RegistryReadContractSupport {

    protected RegistryExportReader exports() {
        return fixture().exports();
    }

    @Test
    public void members_of_a_district_in_order() {
        Seeded s = seed();

        assertThat(read(exports().members(new ExportScope(s.district().id(), null)))).extracting(MemberRow::name)
                .containsExactly("Anu", "Binu", "Cicy", "Dan");
    }

    @Test
    public void members_of_one_unit_and_of_everything() {
        Seeded s = seed();

        assertThat(read(exports().members(new ExportScope(null, s.beta().id())))).extracting(MemberRow::name)
                .containsExactly("Dan");
        assertThat(read(exports().members(new ExportScope(null, null)))).extracting(MemberRow::memberId)
                .containsSubsequence(s.anu().id(), s.binu().id(), s.cicy().id(), s.dan().id());
    }

    @Test
    public void councilors_and_officials_of_a_district() {
        Seeded s = seed();
        ExportScope scope = new ExportScope(s.district().id(), null);

        assertThat(read(exports().councilors(scope))).extracting(MemberRow::name).containsExactly("Binu");
        List<OfficialRow> officials = read(exports().officials(scope));
        assertThat(officials).extracting(OfficialRow::office).containsExactly(Office.values());
        assertThat(officials).allSatisfy(row -> assertThat(row.unitName()).isEqualTo("Alpha"));
    }

    private static <T> List<T> read(RowSource<T> source) {
        List<T> rows = new ArrayList<>();
        source.forEach(rows::add);
        return rows;
    }
}
