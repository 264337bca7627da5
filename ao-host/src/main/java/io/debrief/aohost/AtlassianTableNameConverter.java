package io.debrief.aohost;

import java.util.Locale;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import net.java.ao.schema.TableNameConverter;

/**
 * Names tables the way Jira's Active Objects does: {@code AO_<hash>_<NAME>}, NAME from {@code @Table} or the
 * interface name in UPPER_SNAKE, so SQL written against the sandbox matches a Jira database.
 */
public final class AtlassianTableNameConverter implements TableNameConverter {

    /** The prefix hash this plugin's tables carry outside Jira. */
    public static final String DEBRIEF_HASH = "0D5B1E";

    private final String prefix;

    public AtlassianTableNameConverter(String hash) {
        this.prefix = "AO_" + hash.toUpperCase(Locale.ROOT) + "_";
    }

    @Override
    public String getName(Class<? extends RawEntity<?>> type) {
        Table table = type.getAnnotation(Table.class);
        String name = table != null ? table.value() : upperSnake(type.getSimpleName());
        return prefix + name.toUpperCase(Locale.ROOT);
    }

    static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
