package org.kalamela.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The HTTP tests share one database and keep what they create, so each test class runs the festival in an edition
 * year of its own: a class that closes registration of its year must not close it for another class that enters
 * participants in the same year (two classes once shared 2313, and the second one's entries were refused once the
 * first had run). The benchmarks run alone, on their own databases, and are left out.
 */
class EditionYearsPerTestClassTest {

    private static final Path TEST_SOURCES = Path.of("src/test/java");
    /**
     * The ways the tests name their editions: a constant, a local, a scene or edition built for a year, or the first
     * year of a block a class takes one edition per test from (its comment says which years).
     */
    private static final Pattern EDITION_YEAR = Pattern.compile("(?:static final int [A-Z_]*(?:YEAR|EDITION)[A-Z_]*"
            + "|int year) = (\\d{4});"
            + "|(?:currentEdition|edition|published|publishedLightMusic|new Judged|new ResultsScene"
            + "|new AtomicInteger)\\((\\d{4})[,)]");

    @Test
    void noTwoTestClassesUseTheSameEditionYear() {
        Map<String, Set<String>> classesByYear = new TreeMap<>();
        for (Path source : testSources()) {
            String text = read(source);
            if (text.contains("@Tag(\"benchmark\")")) {
                continue;
            }
            Matcher matcher = EDITION_YEAR.matcher(text);
            while (matcher.find()) {
                String year = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                classesByYear.computeIfAbsent(year, y -> new TreeSet<>()).add(source.getFileName().toString());
            }
        }

        assertThat(classesByYear).as("edition years of the HTTP tests").hasSizeGreaterThan(40);
        assertThat(classesByYear).allSatisfy((year, classes) ->
                assertThat(classes).as("test classes using edition " + year).hasSize(1));
    }

    private static List<Path> testSources() {
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
