package io.debrief.aohost;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.java.ao.RawEntity;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The entity list as the plugin descriptor declares it, so tests and the sandbox migrate exactly what Jira does. */
public final class AoEntities {

    public static final String DESCRIPTOR = "atlassian-plugin.xml";

    private AoEntities() {}

    /** Every {@code <entity>} of every {@code <ao>} module in the descriptor, in declaration order. */
    @SuppressWarnings("unchecked")
    public static List<Class<? extends RawEntity<?>>> fromDescriptor(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTOR + " is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList modules = factory.newDocumentBuilder().parse(in).getElementsByTagName("ao");
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
            for (int m = 0; m < modules.getLength(); m++) {
                NodeList names = ((Element) modules.item(m)).getElementsByTagName("entity");
                for (int n = 0; n < names.getLength(); n++) {
                    entities.add((Class<? extends RawEntity<?>>)
                            Class.forName(names.item(n).getTextContent().trim(), false, loader)
                                    .asSubclass(RawEntity.class));
                }
            }
            return List.copyOf(entities);
        } catch (IOException | ParserConfigurationException | SAXException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read the <ao> entities of " + DESCRIPTOR, e);
        }
    }

    /** The same list as an array for {@code migrate(..)}. */
    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] arrayFromDescriptor(ClassLoader loader) {
        return fromDescriptor(loader).toArray(Class[]::new);
    }
}
