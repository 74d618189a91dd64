package org.kalamela.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.ErrorKind;

/**
 * The codes the {@code @throws} clauses of the main sources name are codes of the catalogue, raised by the
 * exception the clause names: a javadoc cannot promise a code the server never answers, or under another kind.
 */
class ErrorCodeMentionsTest {

    private static final Pattern THROWS = Pattern.compile(
            "@throws\\s+(?:[\\w.]+\\.)?(\\w+)\\s+((?:\\{@|[^@*]|\\*(?!/))*?)(?=\\n\\s*\\*\\s*@|\\*/)", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\{@code ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)}");
    private static final Map<String, ErrorKind> KIND_OF_EXCEPTION = Map.of(
            "RuleViolation", ErrorKind.RULE_VIOLATION, "NotFound", ErrorKind.NOT_FOUND,
            "InvalidInput", ErrorKind.INVALID_INPUT, "InvalidRows", ErrorKind.INVALID_INPUT,
            "Forbidden", ErrorKind.FORBIDDEN, "AuthenticationFailed", ErrorKind.UNAUTHENTICATED);

    @Test
    void everyCodeAThrowsClauseNamesIsInTheCatalogueUnderThatException() throws IOException {
        List<String> mentions = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path sources : modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(sources)) {
                    files.filter(file -> file.toString().endsWith(".java"))
                            .forEach(file -> mentions.addAll(check(file)));
                }
            }
        }
        assertThat(mentions).hasSizeGreaterThan(40);
    }

    private static List<String> check(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> mentions = new ArrayList<>();
        Matcher clause = THROWS.matcher(source);
        while (clause.find()) {
            ErrorKind kind = KIND_OF_EXCEPTION.get(clause.group(1));
            Matcher code = CODE.matcher(clause.group(2));
            while (code.find()) {
                String text = code.group(1);
                Optional<ErrorCode> known = Arrays.stream(ErrorCode.values())
                        .filter(c -> c.code().equals(text)).findFirst();
                assertThat(known).as(file + " @throws " + clause.group(1) + " names " + text).isPresent();
                if (kind != null) {
                    assertThat(known.get().kinds()).as(file + " @throws " + clause.group(1) + " " + text)
                            .contains(kind);
                }
                mentions.add(text);
            }
        }
        return mentions;
    }
}
