package org.kalamela.domain.festival.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kalamela.domain.festival.FestivalFixtures;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.value.Gender;

/** Reads the real edition's 45 events (a copy of data/kalamela-events.csv) into festival events. */
final class KalamelaEventsCsv {

    record Row(EventKind kind, String name, EventCategory category, boolean mandatory, Optional<Gender> gender,
               Optional<Seniority> seniority, Optional<TeamFormat> teamFormat) {
    }

    private KalamelaEventsCsv() {
    }

    static List<Row> rows() {
        var stream = KalamelaEventsCsv.class.getResourceAsStream("kalamela-events.csv");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(parse(line.split(",", -1)));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events in file order, each given its default short code as the demo data loader would. */
    static List<FestivalEvent> events() {
        ShortCodePolicy policy = new ShortCodePolicy();
        Set<ShortCode> taken = new HashSet<>();
        List<FestivalEvent> events = new ArrayList<>();
        long id = 1;
        for (Row row : rows()) {
            ShortCode code = policy.defaultFor(row.name(), taken);
            taken.add(code);
            events.add(new FestivalEvent(EventId.of(id++), FestivalFixtures.YEAR, row.name(), row.kind(),
                    row.category(), row.gender(), row.seniority(), row.mandatory(), true, code, row.teamFormat()));
        }
        return events;
    }

    private static Row parse(String[] cells) {
        EventKind kind = EventKind.valueOf(cells[0]);
        Optional<TeamFormat> format = kind == EventKind.GROUP
                ? Optional.of(new TeamFormat(Integer.parseInt(cells[6]), Integer.parseInt(cells[7]),
                Integer.parseInt(cells[8])))
                : Optional.empty();
        return new Row(kind, cells[1], EventCategory.parse(cells[2]), Boolean.parseBoolean(cells[3]),
                cells[4].isEmpty() ? Optional.empty() : Optional.of(Gender.parseLegacySpelling(cells[4])),
                cells[5].isEmpty() ? Optional.empty() : Optional.of(Seniority.parse(cells[5])),
                format);
    }
}
