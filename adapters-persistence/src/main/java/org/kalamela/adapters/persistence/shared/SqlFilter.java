package org.kalamela.adapters.persistence.shared;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a native query built from a fixed part and optional filters: a filter without a value
 * adds nothing, so the planner sees only the conditions that apply and no parameter is ever bound as an
 * untyped null.
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} (which names {@code :parameter}) when the value is given. */
    public SqlFilter with(Object value, String condition, String parameter) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds a condition without parameters when {@code apply} holds. */
    public SqlFilter when(boolean apply, String condition) {
        if (apply) {
            conditions.add(condition);
        }
        return this;
    }

    /** A part of a name to find, ignoring case; blank means no filter. */
    public SqlFilter nameContains(String part, String column) {
        String text = part == null || part.isBlank() ? null : part.strip();
        return with(text, "strpos(lower(" + column + "), lower(:namePart)) > 0", "namePart");
    }

    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
