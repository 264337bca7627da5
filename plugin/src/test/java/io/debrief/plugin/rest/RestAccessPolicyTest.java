package io.debrief.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.plugin.web.testkit.RestAccessPolicy;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every REST resource method of the plugin declares who may call it (REST v2 access annotations). */
class RestAccessPolicyTest {

    private static final String WEB = "io.debrief.plugin";

    @Test
    void everyPluginResourceMethodDeclaresItsAccess() {
        List<Class<?>> resources = RestAccessPolicy.resourcesIn(WEB, false);

        assertThat(RestAccessPolicy.atlassian().violations(resources)).isEmpty();
    }

    @Test
    void scanFindsResourceClassesByTheirPathAnnotation() {
        assertThat(RestAccessPolicy.resourcesIn(WEB, true))
                .contains(ProbeResource.class)
                .doesNotContain(RestAccessPolicyTest.class);
    }

    @Test
    void resourceWithoutDeclaredAccessFailsThePolicy() {
        List<String> violations = RestAccessPolicy.atlassian().violations(List.of(ProbeResource.class));

        assertThat(violations)
                .contains(ProbeResource.class.getName() + "#whoami", ProbeResource.class.getName() + "#addEvent");
    }

    @Test
    void accessDeclaredOnTheClassCoversEveryMethod() {
        assertThat(fixturePolicy().violations(List.of(DeclaredOnClass.class))).isEmpty();
    }

    @Test
    void accessDeclaredOnSomeMethodsOnlyFlagsTheOthers() {
        assertThat(fixturePolicy().violations(List.of(DeclaredOnOneMethod.class)))
                .containsExactly(DeclaredOnOneMethod.class.getName() + "#undeclared");
    }

    @Test
    void otherAnnotationsDoNotCountAsDeclaredAccess() {
        assertThat(fixturePolicy().violations(List.of(OnlyDeprecated.class)))
                .containsExactly(OnlyDeprecated.class.getName() + "#get");
    }

    private static RestAccessPolicy fixturePolicy() {
        return RestAccessPolicy.accepting(Set.of(FixtureAccess.class.getName()));
    }

    /** Stands for an Atlassian access annotation (matched by name, as the real ones are). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @interface FixtureAccess {}

    @FixtureAccess
    @Path("fixture/class")
    public static class DeclaredOnClass {
        @GET
        public String get() {
            return "";
        }

        @POST
        public String post() {
            return "";
        }
    }

    @Path("fixture/method")
    public static class DeclaredOnOneMethod {
        @GET
        @FixtureAccess
        public String declared() {
            return "";
        }

        @POST
        public String undeclared() {
            return "";
        }

        public String notAResourceMethod() {
            return "";
        }
    }

    @Path("fixture/deprecated")
    public static class OnlyDeprecated {
        @GET
        @Deprecated
        public String get() {
            return "";
        }
    }
}
