package org.kalamela.application.festival;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two values of a record, for the audit log's small map of what changed: each changed
 * component as {@code name -> "old -> new"}, in the order of the components.
 */
public final class Changes {

    private Changes() {
    }

    public static <R extends Record> Map<String, String> between(R before, R after) {
        if (before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("compares two values of one record type");
        }
        Map<String, String> changed = new LinkedHashMap<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object old = valueOf(component, before);
            Object now = valueOf(component, after);
            if (!Objects.equals(old, now)) {
                changed.put(component.getName(), old + " -> " + now);
            }
        }
        return changed;
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a " +
                    record.getClass().getSimpleName(), e);
        }
    }
}
