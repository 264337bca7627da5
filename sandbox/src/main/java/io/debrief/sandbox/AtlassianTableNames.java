package io.debrief.sandbox;

import io.debrief.aohost.AtlassianTableNameConverter;
import java.util.Locale;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import net.java.ao.schema.TableNameConverter;

/**
 * Names tables as Jira's Active Objects plugin does: {@code AO_<6 hex of the owning plugin key>_<UPPER_SNAKE>}, so
 * SQL written against the sandbox database reads like SQL against Jira's. The sandbox's own entities get the
 * prefix of a separate key, which keeps them apart from the plugin's tables.
 */
final class AtlassianTableNames implements TableNameConverter {

    static final String SANDBOX_KEY = "io.debrief.sandbox";

    private final String pluginPrefix;
    private final String sandboxPrefix;

    AtlassianTableNames(String pluginKey) {
        this.pluginPrefix = prefix(pluginKey);
        this.sandboxPrefix = prefix(SANDBOX_KEY);
    }

    /** The prefix Jira's AO plugin gives a plugin key (one rule, in ao-host). */
    static String prefix(String pluginKey) {
        return AtlassianTableNameConverter.prefixOf(pluginKey);
    }

    @Override
    public String getName(Class<? extends RawEntity<?>> type) {
        Table table = type.getAnnotation(Table.class);
        String name = table != null ? table.value() : upperSnake(type.getSimpleName());
        boolean sandboxOwned = type.getPackageName().equals(SandboxModule.class.getPackageName());
        return (sandboxOwned ? sandboxPrefix : pluginPrefix) + name;
    }

    static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
