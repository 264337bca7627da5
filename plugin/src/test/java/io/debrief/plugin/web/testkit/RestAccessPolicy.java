package io.debrief.plugin.web.testkit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Our REST v2 rule: every resource method declares who may call it, on the method or its class, instead of falling
 * back to Jira's silent default ({@code @LicensedOnly}). Annotations are matched by name, so the rule works before
 * and after the Atlassian annotations are on the classpath.
 */
public final class RestAccessPolicy {

    /** The {@code com.atlassian.annotations.security} annotations that declare access (JIRA-API-FACTS section 10). */
    public static final Set<String> ATLASSIAN_ACCESS_ANNOTATIONS = Set.of(
            "com.atlassian.annotations.security.LicensedOnly",
            "com.atlassian.annotations.security.AdminOnly",
            "com.atlassian.annotations.security.SystemAdminOnly",
            "com.atlassian.annotations.security.UnrestrictedAccess",
            "com.atlassian.annotations.security.AnonymousSiteAccess");

    private final Set<String> accepted;

    private RestAccessPolicy(Set<String> accepted) {
        this.accepted = Set.copyOf(accepted);
    }

    /** The policy for the plugin: one of {@link #ATLASSIAN_ACCESS_ANNOTATIONS}. */
    public static RestAccessPolicy atlassian() {
        return new RestAccessPolicy(ATLASSIAN_ACCESS_ANNOTATIONS);
    }

    /** A policy accepting other annotation names (to test the policy itself). */
    public static RestAccessPolicy accepting(Set<String> annotationNames) {
        return new RestAccessPolicy(annotationNames);
    }

    /** Classes annotated {@code @Path} in {@code packageName} and below, main code only or with tests. */
    public static List<Class<?>> resourcesIn(String packageName, boolean includeTests) {
        ClassFileImporter importer = new ClassFileImporter();
        if (!includeTests) {
            importer = importer.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        }
        List<Class<?>> resources = new ArrayList<>();
        for (JavaClass javaClass : importer.importPackages(packageName)) {
            if (javaClass.isAnnotatedWith(Path.class)) {
                resources.add(javaClass.reflect());
            }
        }
        resources.sort(Comparator.comparing(Class::getName));
        return resources;
    }

    /** {@code Class#method} of every resource method without declared access; empty when all comply. */
    public List<String> violations(Collection<Class<?>> resources) {
        List<String> violations = new ArrayList<>();
        for (Class<?> resource : resources) {
            if (declaresAccess(resource)) {
                continue;
            }
            Arrays.stream(resource.getMethods())
                    .filter(RestAccessPolicy::isResourceMethod)
                    .filter(method -> !declaresAccess(method))
                    .map(method -> resource.getName() + "#" + method.getName())
                    .sorted()
                    .forEach(violations::add);
        }
        return violations;
    }

    private boolean declaresAccess(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .map(annotation -> annotation.annotationType().getName())
                .anyMatch(accepted::contains);
    }

    /** A request handler ({@code @GET} etc., any annotation meta-annotated {@code @HttpMethod}) or a locator. */
    private static boolean isResourceMethod(Method method) {
        if (!Modifier.isPublic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
            return false;
        }
        if (method.isAnnotationPresent(Path.class)) {
            return true;
        }
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }
}
