package io.debrief.plugin.standins;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import io.debrief.platformapi.Evidence;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plugin's production bytecode and the platform-api stand-ins, imported together, and the stand-in members the
 * plugin uses: every member it calls, reads or constructs (resolved to the type that declares it), every stand-in
 * method one of its classes overrides, and every stand-in annotation type it puts on its code.
 */
final class StandInUsage {

    final JavaClasses classes;
    private final Path standInRoot;

    private StandInUsage(JavaClasses classes, Path standInRoot) {
        this.classes = classes;
        this.standInRoot = standInRoot;
    }

    static StandInUsage importPluginAndStandIns() {
        Path standIns = locationOf(Evidence.class);
        Path plugin = locationOf(io.debrief.plugin.DebriefApplication.class);
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(List.of(location(standIns), location(plugin)));
        return new StandInUsage(classes, standIns);
    }

    /** A class read from platform-api (its classes folder, or its jar: "jar:file:...platform-api...jar!/..."). */
    boolean isStandIn(JavaClass type) {
        boolean fromPlatformApi = type.getSource()
                .map(source ->
                        source.getUri().toString().contains(standInRoot.toUri().getPath()))
                .orElse(false);
        // @Evidence itself (and its Level) lives there too, but is our marker, not a stand-in
        return fromPlatformApi && !type.getName().startsWith(Evidence.class.getName());
    }

    List<JavaClass> pluginClasses() {
        return classes.stream()
                .filter(c -> c.getPackageName().startsWith("io.debrief.plugin"))
                .toList();
    }

    /** Each stand-in member or annotation type the plugin uses, with the plugin places that use it. */
    List<Use> uses() {
        List<Use> uses = new ArrayList<>();
        for (JavaClass pluginClass : pluginClasses()) {
            for (JavaAccess<?> access : pluginClass.getAccessesFromSelf()) {
                if (!isStandIn(access.getTargetOwner())) {
                    continue;
                }
                Optional<? extends JavaMember> member = resolve(access);
                member.filter(m -> isStandIn(m.getOwner()))
                        .ifPresent(m -> uses.add(new Use(m.getFullName(), m, m.getOwner(), access.getDescription())));
            }
            for (JavaMethod method : pluginClass.getMethods()) {
                for (JavaMethod overridden : overriddenStandInMethods(pluginClass, method)) {
                    uses.add(new Use(
                            overridden.getFullName(),
                            overridden,
                            overridden.getOwner(),
                            method.getFullName() + " overrides it"));
                }
            }
            for (JavaClass annotationType : annotationTypesOn(pluginClass)) {
                uses.add(new Use(
                        annotationType.getName(),
                        annotationType,
                        annotationType,
                        "annotation used in " + pluginClass.getName()));
            }
        }
        uses.sort(Comparator.comparing(Use::name));
        return uses;
    }

    private static Optional<? extends JavaMember> resolve(JavaAccess<?> access) {
        Object target = access.getTarget();
        if (target instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget codeUnit) {
            return codeUnit.resolveMember();
        }
        if (target instanceof com.tngtech.archunit.core.domain.AccessTarget.FieldAccessTarget field) {
            return field.resolveMember();
        }
        return Optional.empty();
    }

    private List<JavaMethod> overriddenStandInMethods(JavaClass pluginClass, JavaMethod method) {
        if (method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                || method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC)) {
            return List.of();
        }
        List<String> parameters =
                method.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        List<JavaMethod> overridden = new ArrayList<>();
        Set<JavaClass> supertypes = new LinkedHashSet<>(pluginClass.getAllRawSuperclasses());
        supertypes.addAll(pluginClass.getAllRawInterfaces());
        for (JavaClass supertype : supertypes) {
            if (!isStandIn(supertype)) {
                continue;
            }
            supertype.getMethods().stream()
                    .filter(m -> m.getName().equals(method.getName()))
                    .filter(m -> m.getRawParameterTypes().stream()
                            .map(JavaClass::getName)
                            .toList()
                            .equals(parameters))
                    .filter(m -> !m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                    .forEach(overridden::add);
        }
        return overridden;
    }

    private Set<JavaClass> annotationTypesOn(JavaClass pluginClass) {
        Set<JavaClass> types = new LinkedHashSet<>();
        List<JavaAnnotation<?>> annotations = new ArrayList<>(pluginClass.getAnnotations());
        for (JavaMember member : pluginClass.getMembers()) {
            annotations.addAll(member.getAnnotations());
            if (member instanceof JavaCodeUnit codeUnit) {
                codeUnit.getParameters().forEach(p -> annotations.addAll(p.getAnnotations()));
            }
        }
        for (JavaAnnotation<?> annotation : annotations) {
            if (isStandIn(annotation.getRawType())) {
                types.add(annotation.getRawType());
            }
        }
        return types;
    }

    /** The stand-in-method calls in the plugin (for the checked-exception rule). */
    List<JavaCodeUnitAccess<?>> callsTo(JavaCodeUnit standInMethod) {
        List<JavaCodeUnitAccess<?>> calls = new ArrayList<>();
        for (JavaClass pluginClass : pluginClasses()) {
            for (JavaAccess<?> access : pluginClass.getAccessesFromSelf()) {
                if (access instanceof JavaCodeUnitAccess<?> call
                        && resolve(access).filter(standInMethod::equals).isPresent()) {
                    calls.add(call);
                }
            }
        }
        return calls;
    }

    private static Location location(Path classesOrJar) {
        if (java.nio.file.Files.isDirectory(classesOrJar)) {
            return Location.of(classesOrJar);
        }
        try {
            // platform-api as a jar (reactor 'verify'): ArchUnit needs the jar form of the location
            return Location.of(new java.util.jar.JarFile(classesOrJar.toFile()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot open " + classesOrJar, e);
        }
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Paths.get(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One use of a stand-in element.
     *
     * @param name the member's full name (or the annotation type's name)
     * @param element the {@code JavaMember} or annotation {@code JavaClass} that must carry {@code @Evidence}
     * @param owner the stand-in type declaring it
     * @param where the plugin place that uses it
     */
    record Use(String name, Object element, JavaClass owner, String where) {

        Optional<JavaAnnotation<?>> evidence() {
            if (element instanceof JavaMember member) {
                return member.tryGetAnnotationOfType(Evidence.class.getName()).map(a -> (JavaAnnotation<?>) a);
            }
            return ((JavaClass) element)
                    .tryGetAnnotationOfType(Evidence.class.getName())
                    .map(a -> (JavaAnnotation<?>) a);
        }
    }
}
