package io.debrief.aohost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import net.java.ao.schema.TableNameConverter;

/**
 * Names tables the way Jira's Active Objects does: {@code AO_<HASH>_<NAME>}, NAME from {@code @Table} or the
 * interface name in UPPER_SNAKE, so SQL written against the sandbox matches a Jira database.
 *
 * <p>HASH is the last 6 hex digits, upper case, of the MD5 of the AO namespace: the {@code namespace} attribute of
 * the {@code <ao>} module if set, else the plugin's bundle symbolic name, which AMPS makes the plugin key when the
 * POM sets neither (Atlassian's AO plugin: {@code HexMd5Digester.digest(namespace, 6)} and
 * {@code ActiveObjectModuleDescriptor.getTableNamePrefix}, decompiled in ngannk-fptu/Decompiled-Files; checked
 * against codescape/jira-scrum-poker, whose docs/faq.md lists {@code AO_1FA2A8_} tables for the key
 * {@code de.codescape.jira.plugins.scrum-poker}).
 */
public final class AtlassianTableNameConverter implements TableNameConverter {

    /** Debrief's AO namespace: the plugin key {@code ${project.groupId}.${project.artifactId}} of the plugin module. */
    public static final String DEBRIEF_NAMESPACE = "io.debrief.debrief-plugin";

    private final String prefix;

    private AtlassianTableNameConverter(String prefix) {
        this.prefix = prefix;
    }

    /** Tables of the plugin whose AO namespace is {@code namespace}. */
    public static AtlassianTableNameConverter forNamespace(String namespace) {
        return new AtlassianTableNameConverter(prefixOf(namespace));
    }

    /** Debrief's tables, named as in Jira. */
    public static AtlassianTableNameConverter debrief() {
        return forNamespace(DEBRIEF_NAMESPACE);
    }

    /** {@code AO_<last 6 hex digits of MD5(namespace), upper case>_}. */
    public static String prefixOf(String namespace) {
        String md5 = HexFormat.of().formatHex(md5(namespace.getBytes(StandardCharsets.UTF_8)));
        return "AO_" + md5.substring(md5.length() - 6).toUpperCase(Locale.ROOT) + "_";
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

    private static byte[] md5(byte[] input) {
        try {
            return MessageDigest.getInstance("MD5").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
