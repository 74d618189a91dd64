package org.kalamela.bootstrap.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.kalamela.application.festival.chest.AssignChestNumbersFromCommandLine;
import org.kalamela.application.festival.chest.AssignedChestNumber;
import org.kalamela.application.migration.ImportLegacyData;
import org.kalamela.application.migration.LegacyDatabase;
import org.kalamela.application.migration.LegacyImportReport;
import org.kalamela.application.migration.LegacySourceUnavailable;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.error.DomainException;

/**
 * {@code import-legacy}: brings the old Django app's data over (issue 17; docs/operations.md, "Migration from the
 * old app"). Reads the old database read-only, loads it through the product's use-case ports, then numbers the
 * members whose old chest numbers could not be kept (the assign-chest-numbers job, same edition), and writes the
 * reconciliation report to the log and, with {@code --report}, to a JSON file. Exit status 0 when every row was
 * imported (now or by an earlier run), {@value #SKIPPED} when rows were skipped (the report says which and why),
 * 1 when the import refuses (old database unreadable, no such edition or admin), 2 for a wrong command line.
 */
@ApplicationScoped
public class ImportLegacyJob {

    static final String NAME = "import-legacy";
    static final String USAGE = NAME + " --url <jdbc url> --user <user> [--password <password>] --edition <year>"
            + " [--as <admin login>] [--dry-run] [--report <file.json>]";
    /** Done, with rows skipped: the report lists them. */
    static final int SKIPPED = 3;
    static final String PASSWORD_VARIABLE = "KALAMELA_LEGACY_DB_PASSWORD";

    private static final Logger LOG = Logger.getLogger(ImportLegacyJob.class);

    private final ImportLegacyData importLegacyData;
    private final AssignChestNumbersFromCommandLine assignChestNumbers;

    @Inject
    public ImportLegacyJob(ImportLegacyData importLegacyData, AssignChestNumbersFromCommandLine assignChestNumbers) {
        this.importLegacyData = importLegacyData;
        this.assignChestNumbers = assignChestNumbers;
    }

    /** The options as given; a missing value or an unknown option is a usage error. */
    record Options(Map<String, String> values, boolean dryRun) {
        static Options parse(List<String> arguments) {
            Map<String, String> values = new HashMap<>();
            boolean dryRun = false;
            for (int i = 0; i < arguments.size(); i++) {
                String option = arguments.get(i);
                if (option.equals("--dry-run")) {
                    dryRun = true;
                } else if (List.of("--url", "--user", "--password", "--edition", "--as", "--report").contains(option)
                        && i + 1 < arguments.size()) {
                    values.put(option.substring(2), arguments.get(++i));
                } else {
                    return null;
                }
            }
            return new Options(values, dryRun);
        }
    }

    public int run(List<String> arguments) {
        Options options = Options.parse(arguments);
        if (options == null || !options.values().containsKey("url") || !options.values().containsKey("user")
                || !options.values().getOrDefault("edition", "").matches("2[0-9]{3}")) {
            LOG.errorf("Usage: %s (the password may come from %s instead)", USAGE, PASSWORD_VARIABLE);
            return KalamelaApplication.USAGE;
        }
        Map<String, String> values = options.values();
        String password = values.getOrDefault("password", System.getenv().getOrDefault(PASSWORD_VARIABLE, ""));
        EditionYear edition = EditionYear.of(Integer.parseInt(values.get("edition")));
        String operator = System.getProperty("user.name", "unknown");
        LegacyImportReport report;
        List<AssignedChestNumber> numbered = List.of();
        try {
            report = importLegacyData.execute(new ImportLegacyData.Command(
                    new LegacyDatabase(values.get("url"), values.get("user"), password), edition,
                    values.getOrDefault("as", "admin"), operator, options.dryRun()), new ConsoleProgress());
            if (!options.dryRun()) {
                numbered = assignChestNumbers.execute(edition, operator);
            }
        } catch (LegacySourceUnavailable unreadable) {
            LOG.errorf("%s refused: %s", NAME, unreadable.getMessage());
            return 1;
        } catch (DomainException refused) {
            LOG.errorf("%s refused (%s): %s", NAME, refused.code(), refused.getMessage());
            return 1;
        }
        log(report, numbered);
        if (values.containsKey("report") && !writeJson(Path.of(values.get("report")), report, numbered)) {
            return 1;
        }
        return report.anySkipped() ? SKIPPED : 0;
    }

    private static void log(LegacyImportReport report, List<AssignedChestNumber> numbered) {
        LOG.infof("%s%s: %-40s %8s %8s %8s %8s", NAME, report.dryRun() ? " (dry run, nothing kept)" : "", "table",
                "read", "imported", "before", "skipped");
        for (LegacyImportReport.TableCounts t : report.tables()) {
            LOG.infof("  %-40s %8d %8s %8s %8s%s", t.table().djangoTable(), t.read(),
                    t.loaded() ? t.imported() : "-", t.loaded() ? t.alreadyImported() : "-",
                    t.loaded() ? t.skipped() : "-", t.loaded() ? "" : "  (read and counted, not imported yet)");
        }
        report.skippedRows().forEach(row -> LOG.warnf("  skipped %s id %d: %s", row.table().djangoTable(),
                row.legacyId(), row.text()));
        report.notes().forEach(row -> LOG.infof("  note %s id %d: %s", row.table().djangoTable(), row.legacyId(),
                row.text()));
        numbered.forEach(number -> LOG.infof("  chest number %s given to member %s (%s)", number.chestNumber(),
                number.memberId(), number.seniority().displayName()));
    }

    private static boolean writeJson(Path file, LegacyImportReport report, List<AssignedChestNumber> numbered) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dryRun", report.dryRun());
        List<Map<String, Object>> tables = new ArrayList<>();
        for (LegacyImportReport.TableCounts t : report.tables()) {
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("table", t.table().djangoTable());
            table.put("loaded", t.loaded());
            table.put("read", t.read());
            table.put("imported", t.imported());
            table.put("alreadyImported", t.alreadyImported());
            table.put("skipped", t.skipped());
            tables.add(table);
        }
        json.put("tables", tables);
        json.put("skipped", rows(report.skippedRows()));
        json.put("notes", rows(report.notes()));
        json.put("chestNumbersAssigned", numbered.stream().map(n -> Map.of("memberId", n.memberId().value(),
                "chestNumber", n.chestNumber().value(), "seniority", n.seniority().name())).toList());
        try {
            Files.writeString(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json));
            LOG.infof("%s: report written to %s", NAME, file.toAbsolutePath());
            return true;
        } catch (IOException e) {
            LOG.errorf("%s: cannot write the report to %s: %s", NAME, file, e.getMessage());
            return false;
        }
    }

    private static List<Map<String, Object>> rows(List<LegacyImportReport.Row> rows) {
        return rows.stream().map(row -> Map.<String, Object>of("table", row.table().djangoTable(), "id",
                row.legacyId(), "reason", row.text())).toList();
    }
}
