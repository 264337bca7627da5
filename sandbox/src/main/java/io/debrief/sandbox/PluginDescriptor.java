package io.debrief.sandbox;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the sandbox reads from the plugin's {@code atlassian-plugin.xml}: the AO entity list (so it is written once,
 * as in Jira) and the web-resource modules pages load by context and requirement. A missing file means a plugin
 * without either.
 */
record PluginDescriptor(String pluginKey, List<String> aoEntityClassNames, WebResources webResources) {

    static final String RESOURCE = "atlassian-plugin.xml";
    static final String DEFAULT_PLUGIN_KEY = "io.debrief.debrief-plugin";

    static PluginDescriptor fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return in == null
                    ? new PluginDescriptor(
                            DEFAULT_PLUGIN_KEY, List.of(), new WebResources(DEFAULT_PLUGIN_KEY, java.util.Map.of()))
                    : parse(in);
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
            for (Element ao : DescriptorXml.children(doc.getDocumentElement(), "ao")) {
                for (Element entity : DescriptorXml.children(ao, "entity")) {
                    entities.add(entity.getTextContent().trim());
                }
            }
            java.util.Map<String, WebResources.Module> modules = new java.util.LinkedHashMap<>();
            for (Element webResource : DescriptorXml.children(doc.getDocumentElement(), "web-resource")) {
                // .soy downloads are Jira's soyTransformer output: the sandbox serves every template (soy.js)
                List<String> files = new ArrayList<>();
                for (Element resource : DescriptorXml.children(webResource, "resource")) {
                    String location = resource.getAttribute("location");
                    if ("download".equals(resource.getAttribute("type"))
                            && (location.endsWith(".js") || location.endsWith(".css"))) {
                        files.add(location);
                    }
                }
                String pluginKey = key;
                List<String> dependencies = DescriptorXml.children(webResource, "dependency").stream()
                        .map(d -> d.getTextContent().trim().replace("${atlassian.plugin.key}", pluginKey))
                        .toList();
                List<String> contexts = DescriptorXml.children(webResource, "context").stream()
                        .map(c -> c.getTextContent().trim())
                        .toList();
                modules.put(
                        webResource.getAttribute("key"),
                        new WebResources.Module(
                                webResource.getAttribute("key"), List.copyOf(files), dependencies, contexts));
            }
            return new PluginDescriptor(key, List.copyOf(entities), new WebResources(key, modules));
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + RESOURCE, e);
        }
    }
}
