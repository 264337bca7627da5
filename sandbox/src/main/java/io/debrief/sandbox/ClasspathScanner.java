package io.debrief.sandbox;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists resources under a classpath folder, from directories (IDE, tests) and jars (the shaded sandbox) alike. */
public final class ClasspathScanner {

    private ClasspathScanner() {}

    /** Resource paths ({@code folder} must end with "/") ending in {@code suffix}, sorted, without duplicates. */
    public static TreeSet<String> list(ClassLoader loader, String folder, String suffix) {
        TreeSet<String> found = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder.substring(0, folder.length() - 1));
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(f -> f.toString().endsWith(suffix))
                                .forEach(f -> found.add(
                                        folder + dir.relativize(f).toString().replace('\\', '/')));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream()
                                .map(e -> e.getName())
                                .filter(n -> n.startsWith(folder) && n.endsWith(suffix))
                                .forEach(found::add);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list classpath folder " + folder, e);
        }
        return found;
    }
}
