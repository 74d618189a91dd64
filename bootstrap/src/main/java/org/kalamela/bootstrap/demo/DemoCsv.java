package org.kalamela.bootstrap.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kalamela.adapters.rest.shared.input.CsvTable;

/** Opens the demo reference files shipped in {@code demo/}, read by the application's one CSV reader. */
final class DemoCsv {

    private DemoCsv() {
    }

    static CsvTable read(String resource) {
        try (InputStream in = DemoCsv.class.getResourceAsStream("/demo/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + resource);
            }
            return CsvTable.parse(CsvTable.decode(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
