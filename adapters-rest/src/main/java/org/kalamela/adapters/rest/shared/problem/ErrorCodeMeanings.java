package org.kalamela.adapters.rest.shared.problem;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kalamela.domain.shared.error.ErrorCode;

/**
 * Adds the catalogue's meaning to the codes an OpenAPI error description names: "UNIT_LOCKED, PHONE_IN_USE"
 * becomes that line followed by one "`CODE`: meaning" line per code, so an endpoint's annotation names its
 * codes and the catalogue says what they mean.
 */
final class ErrorCodeMeanings {

    private static final Pattern WORD = Pattern.compile("\\b[A-Z][A-Z0-9_]*[A-Z0-9]\\b");
    private static final Map<String, ErrorCode> BY_CODE = Arrays.stream(ErrorCode.values())
            .collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));
    private static final String MEANINGS = "\n\n";

    private ErrorCodeMeanings() {
    }

    /** The codes of the catalogue a text names, in the order it names them. */
    static Set<ErrorCode> named(String text) {
        Set<ErrorCode> codes = new LinkedHashSet<>();
        Matcher word = WORD.matcher(text == null ? "" : text);
        while (word.find()) {
            ErrorCode code = BY_CODE.get(word.group());
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The description with the meaning of each code it names; a description already explained stays as it is. */
    static String explain(String description) {
        if (description == null || description.contains(MEANINGS)) {
            return description;
        }
        Set<ErrorCode> codes = named(description);
        if (codes.isEmpty()) {
            return description;
        }
        return description + MEANINGS + codes.stream()
                .map(code -> "- `" + code.code() + "`: " + code.meaning())
                .collect(Collectors.joining("\n"));
    }
}
