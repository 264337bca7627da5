package io.debrief.sandbox;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the sandbox reads from the plugin's {@code atlassian-plugin.xml}: the AO entity list (so it is written once,
 * as in Jira) and the web resources to load on pages. A missing file means a plugin without either.
 */
record PluginDescriptor(String pluginKey, List<String> aoEntityClassNames, List<String> webResourceLocations) {

    static final String RESOURCE = "atlassian-plugin.xml";
    static final String DEFAULT_PLUGIN_KEY = "io.debrief.debrief-plugin";

    static PluginDescriptor fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return in == null ? new PluginDescriptor(DEFAULT_PLUGIN_KEY, List.of(), List.of()) : parse(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    static PluginDescriptor parse(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(in);
            String key = doc.getDocumentElement().getAttribute("key");
            if (key.isBlank() || key.contains("${")) {
                key = DEFAULT_PLUGIN_KEY;
            }
            List<String> entities = new ArrayList<>();
            for (Element ao : children(doc.getDocumentElement(), "ao")) {
                for (Element entity : children(ao, "entity")) {
                    entities.add(entity.getTextContent().trim());
                }
            }
            List<String> resources = new ArrayList<>();
            for (Element webResource : children(doc.getDocumentElement(), "web-resource")) {
                for (Element resource : children(webResource, "resource")) {
                    String location = resource.getAttribute("location");
                    if ("download".equals(resource.getAttribute("type"))
                            && (location.endsWith(".js") || location.endsWith(".css"))
                            && !resources.contains(location)) {
                        resources.add(location);
                    }
                }
            }
            return new PluginDescriptor(key, List.copyOf(entities), List.copyOf(resources));
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + RESOURCE, e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && name.equals(e.getTagName())) {
                found.add(e);
            }
        }
        return found;
    }
}
