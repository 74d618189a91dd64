package org.kalamela.adapters.persistence.festival;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a native query built from a fixed part and optional filters: a filter without a value
 * adds nothing, so the planner sees only the conditions that apply and no parameter is bound as an untyped
 * null.
 */
public final class FestivalSqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code condition} (which names {@code :parameter}) when the value is given. */
    public FestivalSqlFilter with(Object value, String condition, String parameter) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
