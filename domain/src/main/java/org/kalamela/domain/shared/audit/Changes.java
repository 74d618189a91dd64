package org.kalamela.domain.shared.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The audit log's small map of what an edit changed or a creation set, read from the components of a
 * record so that a component added later is audited without anyone remembering to: each value written as
 * its {@code toString} (a value object's own spelling, e.g. {@code A+} for a blood group).
 */
public final class Changes {

    private Changes() {
    }

    /** Each changed component as {@code name -> "old -> new"}, in the order of the components. */
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

    /**
     * The named components of a new value as {@code name -> value}, in the order named: what a creation
     * set, for the audit log.
     */
    public static <R extends Record> Map<String, String> of(R created, String... names) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : created.getClass().getRecordComponents()) {
            components.put(component.getName(), component);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : names) {
            RecordComponent component = components.get(name);
            if (component == null) {
                throw new IllegalArgumentException(created.getClass().getSimpleName() + " has no " + name);
            }
            fields.put(name, String.valueOf(valueOf(component, created)));
        }
        return fields;
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
