package io.debrief.plugin.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists the files of one plugin resource folder ({@code i18n}, {@code soy}) found next to a known anchor file, from a
 * directory or a jar, so bundles and templates are discovered instead of listed by hand.
 */
public final class ClasspathFolder {

    private ClasspathFolder() {}

    /**
     * File names (no folder) in the folder of {@code anchor}, e.g. {@code files(loader, "soy/debrief-common.soy")}.
     * Empty when the anchor is missing.
     */
    public static List<String> files(ClassLoader loader, String anchor) {
        int slash = anchor.lastIndexOf('/');
        String folder = slash < 0 ? "" : anchor.substring(0, slash + 1);
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(anchor);
            while (roots.hasMoreElements()) {
                list(roots.nextElement(), folder, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    private static void list(URL anchor, String folder, TreeSet<String> names) throws IOException {
        if ("jar".equals(anchor.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) anchor.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(folder)
                            && name.length() > folder.length()
                            && name.indexOf('/', folder.length()) < 0) {
                        names.add(name.substring(folder.length()));
                    }
                }
            }
        } else if ("file".equals(anchor.getProtocol())) {
            try (Stream<Path> list = Files.list(Path.of(anchor.toURI()).getParent())) {
                list.filter(Files::isRegularFile)
                        .forEach(path -> names.add(path.getFileName().toString()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
    }
}
