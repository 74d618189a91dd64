package org.kalamela.adapters.rest.shared.input;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kalamela.adapters.rest.shared.problem.InvalidParameter;

/**
 * The one way query and path parameters become numbers, flags and instants: strictly, or an
 * {@link InvalidParameter} naming the parameter (400, never the framework's 404). A whole number is digits
 * with an optional minus that fits its type ({@code ?size=1000000000000} does not fit an int); a flag is
 * {@code true} or {@code false} ({@code ?active=maybe} is not false); an instant is ISO-8601 with a zone
 * ({@code 2026-02-01T00:00:00Z}, a real calendar date, never a bare number). A query parameter given empty
 * is taken as not given.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern INSTANT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T.+");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        boolean inPath = Arrays.stream(annotations).anyMatch(PathParam.class::isInstance);
        if (rawType == Long.class || rawType == long.class) {
            Long absent = rawType == long.class ? 0L : null;
            return (ParamConverter<T>) converter(inPath, absent, value -> longValue(value, name));
        }
        if (rawType == Integer.class || rawType == int.class) {
            Integer absent = rawType == int.class ? 0 : null;
            return (ParamConverter<T>) converter(inPath, absent, value -> intValue(value, name));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            Boolean absent = rawType == boolean.class ? Boolean.FALSE : null;
            return (ParamConverter<T>) converter(inPath, absent, value -> flag(value, name));
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(inPath, null, value -> instant(value, name));
        }
        return null;
    }

    public static long longValue(String value, String name) {
        String text = value.strip();
        if (!WHOLE.matcher(text).matches()) {
            throw new InvalidParameter(name, "must be a whole number");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidParameter(name, "is too large");
        }
    }

    public static int intValue(String value, String name) {
        long number = longValue(value, name);
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new InvalidParameter(name, "is too large");
        }
        return (int) number;
    }

    public static boolean flag(String value, String name) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameter(name, "must be true or false");
        };
    }

    public static Instant instant(String value, String name) {
        String text = value.strip();
        try {
            if (INSTANT.matcher(text).matches()) {
                return Instant.parse(text);
            }
        } catch (DateTimeParseException e) {
            // falls through to the refusal below
        }
        throw new InvalidParameter(name, "must be an instant in ISO-8601 form with a zone, e.g. 2026-02-01T00:00:00Z");
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    /**
     * A query parameter absent or given empty ({@code ?districtId=}) is not given: {@code absent}, null or
     * 0/false. A path segment is always read.
     */
    private static <T> ParamConverter<T> converter(boolean inPath, T absent, Function<String, T> read) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                return value == null || !inPath && value.isBlank() ? absent : read.apply(value);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
