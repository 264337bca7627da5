package io.debrief.sandbox.jira;

import io.debrief.sandbox.DescriptorXml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The modules of the plugin's {@code atlassian-plugin.xml} that the host runs as Jira's plugin system would:
 * {@code issue-tabpanel}, {@code jql-function} and {@code servlet}, each naming the class the plugin's container builds,
 * and {@code rest} (path, version, the {@code <package>}s REST v2 scans; none: the whole bundle).
 */
record PluginModules(
        List<TabPanel> tabPanels, List<JqlFunctionModule> jqlFunctions, List<Servlet> servlets, List<Rest> rests) {

    record TabPanel(String key, String className, String labelKey, int order) {}

    record JqlFunctionModule(String key, String className, String functionName, boolean list) {}

    /** {@code url} as Jira mounts it: {@code /plugins/servlet} + the module's url-pattern. */
    record Servlet(String key, String className, String url) {}

    record Rest(String key, String path, String version, List<String> packages) {}

    static PluginModules fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                return new PluginModules(List.of(), List.of(), List.of(), List.of());
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(in);
            Element root = doc.getDocumentElement();
            List<TabPanel> tabs = new ArrayList<>();
            for (Element tab : DescriptorXml.children(root, "issue-tabpanel")) {
                Element label = first(tab, "label");
                Element order = first(tab, "order");
                tabs.add(new TabPanel(
                        tab.getAttribute("key"),
                        tab.getAttribute("class"),
                        label == null ? tab.getAttribute("name") : label.getAttribute("key"),
                        order == null
                                ? 0
                                : Integer.parseInt(order.getTextContent().trim())));
            }
            tabs.sort(java.util.Comparator.comparingInt(TabPanel::order));
            List<JqlFunctionModule> functions = new ArrayList<>();
            for (Element function : DescriptorXml.children(root, "jql-function")) {
                Element name = first(function, "fname");
                Element list = first(function, "list");
                functions.add(new JqlFunctionModule(
                        function.getAttribute("key"),
                        function.getAttribute("class"),
                        name.getTextContent().trim(),
                        list != null
                                && Boolean.parseBoolean(list.getTextContent().trim())));
            }
            List<Servlet> servlets = new ArrayList<>();
            for (Element servlet : DescriptorXml.children(root, "servlet")) {
                servlets.add(new Servlet(
                        servlet.getAttribute("key"),
                        servlet.getAttribute("class"),
                        "/plugins/servlet"
                                + first(servlet, "url-pattern").getTextContent().trim()));
            }
            List<Rest> rests = new ArrayList<>();
            for (Element rest : DescriptorXml.children(root, "rest")) {
                rests.add(new Rest(
                        rest.getAttribute("key"),
                        rest.getAttribute("path"),
                        rest.getAttribute("version"),
                        DescriptorXml.children(rest, "package").stream()
                                .map(p -> p.getTextContent().trim())
                                .toList()));
            }
            return new PluginModules(
                    List.copyOf(tabs), List.copyOf(functions), List.copyOf(servlets), List.copyOf(rests));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the plugin's modules from atlassian-plugin.xml", e);
        }
    }

    private static Element first(Element parent, String name) {
        List<Element> found = DescriptorXml.children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }
}
