package io.debrief.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    static String prefix(String pluginKey) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(pluginKey.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
