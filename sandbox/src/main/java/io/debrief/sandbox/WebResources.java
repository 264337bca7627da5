package io.debrief.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's {@code web-resource} modules as Jira's web-resource manager resolves them for a page: the modules of
 * the page's contexts (in the descriptor's order) and those required while the page was built
 * ({@code PageBuilderService}), each after its {@code <dependency>}s, each once. Dependencies on other plugins
 * (AUI, soy-deps) are what the sandbox chrome always loads.
 */
record WebResources(String pluginKey, Map<String, Module> modules) {

    /** One {@code <web-resource>}: its downloadable .js/.css files in order, dependencies (complete keys), contexts. */
    record Module(String key, List<String> files, List<String> dependencies, List<String> contexts) {}

    /** The files a page with these contexts and these required complete keys loads, in load order. */
    List<String> files(Collection<String> contexts, Collection<String> required) {
        Set<String> included = new LinkedHashSet<>();
        for (Module module : modules.values()) {
            if (module.contexts().stream().anyMatch(contexts::contains)) {
                include(pluginKey + ":" + module.key(), included, new LinkedHashSet<>());
            }
        }
        for (String key : required) {
            if (key.startsWith("context:")) {
                String context = key.substring("context:".length());
                modules.values().stream()
                        .filter(m -> m.contexts().contains(context))
                        .forEach(m -> include(pluginKey + ":" + m.key(), included, new LinkedHashSet<>()));
            } else {
                include(key, included, new LinkedHashSet<>());
            }
        }
        List<String> files = new ArrayList<>();
        for (String key : included) {
            for (String file :
                    modules.get(key.substring(pluginKey.length() + 1)).files()) {
                if (!files.contains(file)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private void include(String completeKey, Set<String> included, Set<String> visiting) {
        if (!completeKey.startsWith(pluginKey + ":") || included.contains(completeKey)) {
            return;
        }
        Module module = modules.get(completeKey.substring(pluginKey.length() + 1));
        if (module == null) {
            throw new IllegalStateException("no web-resource " + completeKey + " in atlassian-plugin.xml");
        }
        if (!visiting.add(completeKey)) {
            throw new IllegalStateException("web-resource dependencies form a cycle at " + completeKey);
        }
        for (String dependency : module.dependencies()) {
            include(dependency, included, visiting);
        }
        included.add(completeKey);
    }
}
