package io.debrief.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * The plugin's JAX-RS providers have the shape REST v2 is seen to build on Jira 11: Atlassian's Slack plugin (Jira
 * 11.0, atlassian-slack-integration-server at 94c50dce, slack-server-integration-common/.../rest/
 * SlackSignatureVerifyingFilter.java and SlackLinkAdministerPermissionResourceFilter.java) has public {@code @Provider}
 * classes whose one public constructor is {@code @Inject} and takes the plugin's own components (e.g.
 * {@code SlackLinkAccessManager}, implemented by the {@code @Component JiraSlackLinkAccessManager}) and imported
 * services; its {@code <rest>} module has no {@code <package>}, so they are found by scanning the bundle.
 *
 * <p>What Jira's scan finds is what the sandbox and the REST tests register: {@link RestProviders#classes()}.
 */
class RestProvidersContractTest {

    private static final String PLUGIN = "io.debrief.plugin";

    private static List<Class<?>> providers;
    private static Set<Class<?>> pluginBeanTypes;

    @BeforeAll
    static void scanThePlugin() {
        JavaClasses plugin = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PLUGIN);
        providers = plugin.stream()
                .filter(c -> c.isAnnotatedWith(Provider.class))
                .<Class<?>>map(JavaClass::reflect)
                .toList();
        pluginBeanTypes = new HashSet<>();
        plugin.stream()
                .filter(c -> c.isAnnotatedWith(Component.class) || c.isAnnotatedWith(Service.class))
                .map(JavaClass::reflect)
                .forEach(RestProvidersContractTest::addWithSupertypes);
    }

    @Test
    void everyProviderIsAPublicClassWithOnePublicConstructorRestV2CanCall() {
        assertThat(providers).isNotEmpty();
        assertThat(providers)
                .allSatisfy(p -> assertThat(violations(p)).as(p.getName()).isEmpty());
    }

    @Test
    void theProvidersTheHostsRegisterAreExactlyTheOnesJirasScanFinds() {
        assertThat(RestProviders.classes()).containsExactlyInAnyOrderElementsOf(providers);
    }

    @Test
    void aProviderAskingForSomethingNoPluginComponentProvidesBreaksTheContract() {
        assertThat(violations(NeedsAString.class)).singleElement().asString().contains("java.lang.String");
        assertThat(violations(TwoConstructors.class)).singleElement().asString().contains("one public constructor");
    }

    /** Why REST v2 could not build {@code provider} as the witness's providers are built; empty when it can. */
    static List<String> violations(Class<?> provider) {
        List<String> out = new ArrayList<>();
        if (!Modifier.isPublic(provider.getModifiers()) || Modifier.isAbstract(provider.getModifiers())) {
            out.add("not a public concrete class");
        }
        Constructor<?>[] constructors = provider.getConstructors();
        if (constructors.length != 1) {
            out.add("needs exactly one public constructor, has " + constructors.length);
            return out;
        }
        Constructor<?> constructor = constructors[0];
        if (constructor.getParameterCount() > 0 && !constructor.isAnnotationPresent(Inject.class)) {
            out.add("constructor with arguments is not @jakarta.inject.Inject");
        }
        for (Parameter parameter : constructor.getParameters()) {
            boolean imported = parameter.isAnnotationPresent(ComponentImport.class);
            if (!imported && !pluginBeanTypes.contains(parameter.getType())) {
                out.add("argument " + parameter.getType().getName()
                        + " is neither a plugin @Component/@Service type nor @ComponentImport");
            }
        }
        return out;
    }

    private static void addWithSupertypes(Class<?> type) {
        if (type != null && type != Object.class && pluginBeanTypes.add(type)) {
            addWithSupertypes(type.getSuperclass());
            Arrays.stream(type.getInterfaces()).forEach(RestProvidersContractTest::addWithSupertypes);
        }
    }

    /** A provider REST v2 could not build: nothing in the plugin provides a String. */
    public static final class NeedsAString {
        @Inject
        public NeedsAString(String text) {}
    }

    /** Ambiguous: which constructor would be used? */
    public static final class TwoConstructors {
        public TwoConstructors() {}

        public TwoConstructors(int size) {}
    }
}
