package io.debrief.plugin.web.view;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way from a typed view (a record a REST call returns, e.g. {@code TimelineView}) to the data of a Soy
 * template: each record becomes a map of its components by name, in order, lists and map values converted alike.
 * A template and the REST answer then read the same names, because they are the same record.
 */
public final class ViewData {

    private ViewData() {}

    /** A record as template data: component name to value, nested records, lists and maps converted too. */
    public static Map<String, Object> of(Record view) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (RecordComponent component : view.getClass().getRecordComponents()) {
            data.put(component.getName(), value(read(view, component)));
        }
        return data;
    }

    /** Any view value as template data: records as maps, collections as lists, anything else as it is. */
    public static Object value(Object value) {
        if (value instanceof Record view) {
            return of(view);
        }
        if (value instanceof Collection<?> items) {
            List<Object> list = new ArrayList<>(items.size());
            items.forEach(item -> list.add(value(item)));
            return list;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, value(item)));
            return copy;
        }
        return value;
    }

    private static Object read(Record view, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(view);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + view.getClass(), e);
        }
    }
}
