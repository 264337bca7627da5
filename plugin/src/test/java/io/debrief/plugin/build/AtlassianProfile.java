package io.debrief.plugin.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What {@code -Patlassian} builds, read from the parent and plugin POMs as written: the BOMs it imports, the versions
 * it pins itself, the plugin's dependencies with where each version comes from, and the bnd instructions
 * (Import-Package) given to AMPS.
 *
 * <p>{@code mvn -Patlassian help:effective-pom} cannot run without Atlassian's repository (the import BOMs must be
 * resolved first), so this is the offline view of the same profile. It models only what the POMs here use:
 * properties, dependencyManagement, the active profiles, dependencies and the jira-maven-plugin instructions. A
 * version marked "BOM" is whatever the imported Jira/platform BOMs say; that cannot be seen without them.
 *
 * <p>JDK only, so it also runs as a single-file program: {@code java AtlassianProfile.java [repo root]}
 * ({@code scripts/atlassian-profile.sh}).
 */
public final class AtlassianProfile {

    /** A dependency as declared: coordinates, scope, version (null = managed elsewhere), excluded group:artifact. */
    public record Dependency(
            String groupId, String artifactId, String type, String scope, String version, List<String> exclusions) {

        public String key() {
            return groupId + ":" + artifactId;
        }

        boolean isBomImport() {
            return "import".equals(scope) && "pom".equals(type);
        }
    }

    /** A plugin dependency in the atlassian build and where its version comes from. */
    public record Resolved(Dependency dependency, String version, String source) {}

    private static final String PROFILE = "atlassian";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    private final Element parent;
    private final Element plugin;
    private final Map<String, String> parentProperties = new LinkedHashMap<>();
    private final Map<String, String> pluginProperties = new LinkedHashMap<>();

    private AtlassianProfile(Element parent, Element plugin) {
        this.parent = parent;
        this.plugin = plugin;
        parentProperties.put("project.groupId", text(parent, "groupId"));
        parentProperties.put("project.artifactId", text(parent, "artifactId"));
        parentProperties.put("project.version", text(parent, "version"));
        properties(parent, parentProperties);
        pluginProperties.putAll(parentProperties);
        pluginProperties.put("project.artifactId", text(plugin, "artifactId"));
        pluginProperties.put("project.name", text(plugin, "name"));
        properties(plugin, pluginProperties);
    }

    /** Reads {@code pom.xml} and {@code plugin/pom.xml} under the repository root. */
    public static AtlassianProfile read(Path repositoryRoot) {
        return new AtlassianProfile(
                document(repositoryRoot.resolve("pom.xml")), document(repositoryRoot.resolve("plugin/pom.xml")));
    }

    /** The repository root, found from the working directory (a module or the root itself). */
    public static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("plugin/pom.xml")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root above " + here);
    }

    // --- the parent POM -------------------------------------------------------------------------------------------

    /** BOMs imported in the atlassian build: the parent's own and the atlassian profile's, in order. */
    public List<Dependency> bomImports() {
        return managed().stream().filter(Dependency::isBomImport).toList();
    }

    /** Versions the parent pins itself in the atlassian build (outside any BOM), by group:artifact. */
    public Map<String, Dependency> pins() {
        Map<String, Dependency> pins = new LinkedHashMap<>();
        managed().stream().filter(d -> !d.isBomImport()).forEach(d -> pins.putIfAbsent(d.key(), d));
        return pins;
    }

    /** Modules the atlassian profile builds. */
    public List<String> modules() {
        return texts(child(profile(parent), "modules"), "module");
    }

    /** A property as the plugin module sees it in the atlassian build (resolved), if defined. */
    public Optional<String> property(String name) {
        return Optional.ofNullable(pluginProperties.get(name)).map(v -> resolve(v, pluginProperties));
    }

    private List<Dependency> managed() {
        List<Dependency> all = new ArrayList<>(
                dependencies(child(child(parent, "dependencyManagement"), "dependencies"), parentProperties));
        all.addAll(
                dependencies(child(child(profile(parent), "dependencyManagement"), "dependencies"), parentProperties));
        return all;
    }

    // --- the plugin POM -------------------------------------------------------------------------------------------

    /** The plugin's dependencies in the atlassian build: its own and the atlassian profile's. */
    public List<Dependency> pluginDependencies() {
        List<Dependency> all = new ArrayList<>(dependencies(child(plugin, "dependencies"), pluginProperties));
        all.addAll(dependencies(child(profile(plugin), "dependencies"), pluginProperties));
        return all;
    }

    /** Each plugin dependency with its version: declared, pinned by the parent, or left to the imported BOMs. */
    public List<Resolved> resolvedDependencies() {
        Map<String, Dependency> pins = pins();
        return pluginDependencies().stream()
                .map(d -> {
                    if (d.version() != null) {
                        return new Resolved(d, d.version(), "declared in plugin/pom.xml");
                    }
                    Dependency pin = pins.get(d.key());
                    if (pin != null) {
                        return new Resolved(d, pin.version(), "pinned in pom.xml");
                    }
                    Optional<Dependency> bom =
                            bomImports().stream().filter(b -> covers(b, d)).findFirst();
                    return bom.map(b -> new Resolved(d, "from " + b.artifactId() + " " + b.version(), "BOM (by group)"))
                            .orElseGet(() -> new Resolved(d, "from the Jira/platform BOMs", "BOM"));
                })
                .toList();
    }

    /**
     * Whether an imported BOM manages {@code d}, judged by group: a BOM such as jackson-bom or jersey-bom manages
     * its own group and the groups below it. The Jira BOMs manage many groups and are never judged this way.
     */
    static boolean covers(Dependency bom, Dependency d) {
        String group = bom.groupId();
        if (group.startsWith("com.atlassian.")) {
            return false;
        }
        return d.groupId().equals(group) || d.groupId().startsWith(group + ".");
    }

    /** A bnd instruction given to jira-maven-plugin in the atlassian profile, resolved. */
    public Optional<String> instruction(String name) {
        return jiraMavenPlugin()
                .map(p -> child(child(p, "configuration"), "instructions"))
                .map(i -> child(i, name))
                .map(e -> resolve(e.getTextContent().strip(), pluginProperties));
    }

    /** The Import-Package clauses, one per entry, whitespace squeezed. */
    public List<String> importPackage() {
        return instruction("Import-Package").map(AtlassianProfile::clauses).orElse(List.of());
    }

    private Optional<Element> jiraMavenPlugin() {
        Element plugins = child(child(profile(plugin), "build"), "plugins");
        return children(plugins, "plugin").stream()
                .filter(p -> "jira-maven-plugin".equals(text(p, "artifactId")))
                .findFirst();
    }

    /** Splits a bnd header on the commas between clauses (not those inside quotes or version ranges). */
    static List<String> clauses(String header) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int brackets = 0;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '(')) {
                brackets++;
            } else if (!quoted && (c == ']' || c == ')')) {
                brackets--;
            }
            if (c == ',' && !quoted && brackets == 0) {
                add(out, current);
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder clause) {
        String s = clause.toString().replaceAll("\\s+", "");
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    // --- report ---------------------------------------------------------------------------------------------------

    /** The profile as a person reads it: modules, BOMs, pins, dependencies with version sources, instructions. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(
                "mvn -Patlassian, as written in pom.xml and plugin/pom.xml (BOM contents need Atlassian's repository)\n");
        out.append("\nmodules: ").append(String.join(", ", modules())).append('\n');
        out.append("properties: jira.version=")
                .append(property("jira.version").orElse("?"))
                .append(" platform.version=")
                .append(property("platform.version").orElse("?"))
                .append(" amps.version=")
                .append(property("amps.version").orElse("?"))
                .append(" maven.compiler.release=")
                .append(profileProperty("maven.compiler.release").orElse("?"))
                .append('\n');
        out.append("\nimported BOMs:\n");
        bomImports()
                .forEach(b -> out.append("  ")
                        .append(b.key())
                        .append(':')
                        .append(b.version())
                        .append('\n'));
        out.append("\nversions pinned by pom.xml in this build:\n");
        pins().values()
                .forEach(p -> out.append("  ")
                        .append(p.key())
                        .append(':')
                        .append(p.version())
                        .append(p.exclusions().isEmpty() ? "" : "  excludes " + p.exclusions())
                        .append('\n'));
        out.append("\nplugin dependencies:\n");
        for (Resolved r : resolvedDependencies()) {
            Dependency d = r.dependency();
            out.append(String.format(
                    "  %-9s %-70s %s%n",
                    d.scope() == null ? "compile" : d.scope(),
                    d.key() + (d.type() == null ? "" : ":" + d.type()),
                    r.version()));
        }
        out.append("\nbundle instructions (jira-maven-plugin):\n");
        for (String name : List.of("Atlassian-Plugin-Key", "Bundle-SymbolicName", "Spring-Context", "Export-Package")) {
            out.append("  ")
                    .append(name)
                    .append(": ")
                    .append(instruction(name).orElse("(AMPS default)"))
                    .append('\n');
        }
        out.append("  Import-Package:\n");
        importPackage().forEach(c -> out.append("    ").append(c).append('\n'));
        return out.toString();
    }

    private Optional<String> profileProperty(String name) {
        Element props = child(profile(parent), "properties");
        return Optional.ofNullable(child(props, name)).map(Node::getTextContent);
    }

    public static void main(String[] args) {
        Path root = args.length > 0 ? Path.of(args[0]) : repositoryRoot();
        System.out.print(read(root).report());
    }

    // --- XML ------------------------------------------------------------------------------------------------------

    private static Element profile(Element project) {
        Element profiles = child(project, "profiles");
        return children(profiles, "profile").stream()
                .filter(p -> PROFILE.equals(text(p, "id")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no atlassian profile"));
    }

    private static void properties(Element project, Map<String, String> into) {
        for (Element scope : new Element[] {project, profile(project)}) {
            Element props = child(scope, "properties");
            if (props != null) {
                for (Element p : children(props, null)) {
                    into.put(p.getTagName(), p.getTextContent().strip());
                }
            }
        }
    }

    private static List<Dependency> dependencies(Element list, Map<String, String> props) {
        List<Dependency> out = new ArrayList<>();
        for (Element d : children(list, "dependency")) {
            List<String> exclusions = children(child(d, "exclusions"), "exclusion").stream()
                    .map(e -> text(e, "groupId") + ":" + text(e, "artifactId"))
                    .toList();
            String version = text(d, "version");
            out.add(new Dependency(
                    resolve(text(d, "groupId"), props),
                    text(d, "artifactId"),
                    text(d, "type"),
                    text(d, "scope"),
                    version == null ? null : resolve(version, props),
                    exclusions));
        }
        return out;
    }

    private static String resolve(String value, Map<String, String> props) {
        String current = value;
        for (int i = 0; i < 5 && current.contains("${"); i++) {
            Matcher m = PROPERTY.matcher(current);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(props.getOrDefault(m.group(1), m.group())));
            }
            m.appendTail(sb);
            current = sb.toString();
        }
        return current;
    }

    private static Element document(Path pom) {
        try (InputStream in = Files.newInputStream(pom)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }

    static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getTagName()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream()
                .map(e -> e.getTextContent().strip())
                .toList();
    }
}
