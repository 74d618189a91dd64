package org.kalamela.domain.shared.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The error tables of {@code docs/api.md} are the catalogue ({@link ErrorCode}) rendered: each sits between a
 * marker naming the contexts it lists and an end marker, and must be exactly what the catalogue renders now.
 * After changing the catalogue, run this test with {@code -Dkalamela.docs.write=true} to rewrite the tables,
 * and commit the result.
 */
class ErrorCodeDocsTest {

    private static final Path API_DOC = Path.of("..", "docs", "api.md");
    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- error codes: ([A-Z ]+) \\(generated from ErrorCode[^>]*-->\\n)(.*?)(<!-- end of error codes -->)",
            Pattern.DOTALL);
    private static final String HEADER = "| status | code | meaning |\n|---|---|---|\n";

    @Test
    void theTablesOfTheApiGuideAreTheCatalogue() throws IOException {
        String doc = Files.readString(API_DOC, StandardCharsets.UTF_8);
        String rendered = render(doc);
        if (Boolean.getBoolean("kalamela.docs.write")) {
            Files.writeString(API_DOC, rendered, StandardCharsets.UTF_8);
        }
        assertThat(doc).as("docs/api.md's error tables; rewrite them with -Dkalamela.docs.write=true")
                .isEqualTo(rendered);
    }

    @Test
    void everyContextHasItsTableAndNoOtherErrorTableExists() throws IOException {
        String doc = Files.readString(API_DOC, StandardCharsets.UTF_8);
        Set<ErrorCode.Context> listed = EnumSet.noneOf(ErrorCode.Context.class);
        Matcher block = BLOCK.matcher(doc);
        while (block.find()) {
            for (String context : block.group(2).trim().split(" ")) {
                assertThat(listed.add(ErrorCode.Context.valueOf(context))).as(context + " listed twice").isTrue();
            }
        }
        assertThat(listed).containsExactlyInAnyOrder(ErrorCode.Context.values());
        assertThat(BLOCK.matcher(doc).replaceAll("").contains(HEADER))
                .as("an error table outside the generated ones").isFalse();
    }

    @Test
    void aCodeRaisedAsTwoKindsShowsBothStatuses() {
        assertThat(row(ErrorCode.ACCOUNT_INACTIVE)).startsWith("| 401, 409 | `ACCOUNT_INACTIVE` |");
        assertThat(row(ErrorCode.REQUEST_FAILED)).startsWith("| 4xx | `REQUEST_FAILED` |");
    }

    private static String render(String doc) {
        Matcher block = BLOCK.matcher(doc);
        StringBuilder out = new StringBuilder();
        while (block.find()) {
            Set<ErrorCode.Context> contexts = Arrays.stream(block.group(2).trim().split(" "))
                    .map(ErrorCode.Context::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(
                            ErrorCode.Context.class)));
            block.appendReplacement(out, Matcher.quoteReplacement(
                    block.group(1) + table(contexts) + block.group(4)));
        }
        block.appendTail(out);
        return out.toString();
    }

    private static String table(Set<ErrorCode.Context> contexts) {
        List<ErrorCode> codes = new ArrayList<>(Arrays.stream(ErrorCode.values())
                .filter(code -> contexts.contains(code.context())).toList());
        codes.sort(Comparator.comparingInt(ErrorCodeDocsTest::sortStatus));
        return HEADER + codes.stream().map(ErrorCodeDocsTest::row).collect(Collectors.joining()) ;
    }

    private static String row(ErrorCode code) {
        String statuses = code.kinds().stream().map(ErrorKind::status).sorted()
                .map(status -> status == 0 ? "4xx" : Integer.toString(status)).collect(Collectors.joining(", "));
        return "| " + statuses + " | `" + code.code() + "` | " + code.meaning() + " |\n";
    }

    /** By status, the framework's other refusals after the 4xx ones the catalogue names. */
    private static int sortStatus(ErrorCode code) {
        return code.status() == 0 ? 499 : code.status();
    }
}
