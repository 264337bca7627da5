package io.debrief.sandbox.jira;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The plugin's {@code rest} module as REST v2 finds its classes: the public {@code @Path} resources and
 * {@code @Provider}s of the plugin's bundle (the jar or folder its {@code atlassian-plugin.xml} comes from, the
 * plugin's own packages), only those under the module's {@code <package>}s when it names any.
 */
record PluginRest(String mount, List<Class<?>> resources, List<Class<?>> providers) {

    static PluginRest scan(PluginModules.Rest module, ClassLoader loader) {
        URL descriptor = loader.getResource("atlassian-plugin.xml");
        String bundle = bundleRoot(descriptor);
        String folder = JiraHost.PLUGIN_PACKAGE.replace('.', '/') + "/";
        List<Class<?>> resources = new ArrayList<>();
        List<Class<?>> providers = new ArrayList<>();
        for (String path : classesIn(bundle, folder)) {
            String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
            if (!module.packages().isEmpty() && module.packages().stream().noneMatch(p -> name.startsWith(p + "."))) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load the plugin's class " + name, e);
            }
            if (!Modifier.isPublic(type.getModifiers())
                    || type.isInterface()
                    || Modifier.isAbstract(type.getModifiers())
                    || type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
                continue;
            }
            if (type.isAnnotationPresent(Path.class)) {
                resources.add(type);
            } else if (type.isAnnotationPresent(Provider.class)) {
                providers.add(type);
            }
        }
        return new PluginRest(
                "/rest" + module.path() + "/" + module.version(), List.copyOf(resources), List.copyOf(providers));
    }

    /** The code source location holding the descriptor: {@code file:/x.jar} or the folder {@code file:/classes/}. */
    private static String bundleRoot(URL descriptor) {
        String url = descriptor.toString();
        if (url.startsWith("jar:")) {
            return url.substring("jar:".length(), url.indexOf("!/"));
        }
        return url.substring(0, url.length() - "atlassian-plugin.xml".length());
    }

    /** The class files under {@code folder} in the bundle only (not the plugin's test jar beside it). */
    private static List<String> classesIn(String bundle, String folder) {
        List<String> found = new ArrayList<>();
        try {
            java.nio.file.Path root = java.nio.file.Path.of(URI.create(bundle));
            if (Files.isDirectory(root)) {
                java.nio.file.Path dir = root.resolve(folder);
                if (Files.isDirectory(dir)) {
                    try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                        files.filter(f -> f.toString().endsWith(".class"))
                                .sorted()
                                .forEach(f ->
                                        found.add(root.relativize(f).toString().replace('\\', '/')));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    jar.stream()
                            .map(JarEntry::getName)
                            .filter(n -> n.startsWith(folder) && n.endsWith(".class"))
                            .sorted()
                            .forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the plugin's bundle " + bundle, e);
        }
        return found;
    }
}
