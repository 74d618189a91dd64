package org.kalamela.application.festival.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a copy of {@code data/kalamela-events.csv} (the real edition's 45 events) into import rows, as the
 * reading adapter will: one row per line, cells as text, lines counted from the header's 1.
 */
final class EventsCsv {

    private EventsCsv() {
    }

    static List<EventImportRow> rows() {
        var stream = EventsCsv.class.getResourceAsStream("kalamela-events.csv");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<EventImportRow> rows = new ArrayList<>();
            int line = 1;
            reader.readLine();
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (!text.isBlank()) {
                    rows.add(row(line, text.split(",", -1)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventImportRow row(int line, String... cells) {
        return new EventImportRow(line, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6],
                cells[7], cells[8]);
    }
}
