package io.debrief.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reading {@code atlassian-plugin.xml}: what the descriptor's readers (web-resources, AO, modules) share. */
public final class DescriptorXml {

    private DescriptorXml() {}

    /** The direct child elements of {@code parent} named {@code name}, in document order. */
    public static List<Element> children(Element parent, String name) {
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
