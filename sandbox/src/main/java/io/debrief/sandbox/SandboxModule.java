package io.debrief.sandbox;

import java.util.List;
import net.java.ao.RawEntity;

/**
 * The extension point through which feature code plugs into the sandbox host.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: add a class with a public no-argument
 * constructor and a line naming it in {@code META-INF/services/io.debrief.sandbox.SandboxModule}. Every method
 * has a default, so a module overrides only what it brings. The host calls them in this order at start:
 * {@link #entities()} (migrate), {@link #bind}, {@link #restResources()}, {@link #issueTabs},
 * {@link #pages}, {@link #servlets}, {@link #jobs}, and on an empty database with {@code --seed}, {@link #seed} after the host's own seed.
 */
public interface SandboxModule {

    /**
     * JAX-RS classes served under {@code /rest/debrief/1.0}: resources ({@code @Path}) and providers
     * ({@code ExceptionMapper}, {@code ContainerRequestFilter}, ...). Constructors may {@code @Inject} anything
     * bound in {@link #bind} and the per-request {@link io.debrief.core.access.Person}.
     */
    default List<Class<?>> restResources() {
        return List.of();
    }

    /**
     * JAX-RS resources of the platform itself (Jira's REST API), served under {@code /rest/api/2}, with the same
     * bindings as {@link #restResources()}.
     */
    default List<Class<?>> platformRestResources() {
        return List.of();
    }

    /**
     * REST modules whose resources and providers the module's own container builds (the plugin's {@code rest}
     * modules, as REST v2 serves them), each at its own mount.
     */
    default List<RestComponents> restComponents(SandboxContext context) {
        return List.of();
    }

    /** Objects the module's resources, tabs and jobs need (stores, use cases), built from the host's services. */
    default void bind(SandboxContext context, Bindings bindings) {}

    /**
     * AO entities beyond those listed in the plugin's {@code atlassian-plugin.xml} {@code <ao>} module (which the
     * host migrates anyway): normally empty.
     */
    default List<Class<? extends RawEntity<?>>> entities() {
        return List.of();
    }

    /** Tabs on the sandbox issue page, in the order given (modules in ServiceLoader order). */
    default List<IssueTab> issueTabs(SandboxContext context) {
        return List.of();
    }

    /** Pages of their own (review, library, admin settings), linked from the sandbox header in the order given. */
    default List<SandboxPage> pages(SandboxContext context) {
        return List.of();
    }

    /** Plugin servlets mounted unchanged at their Jira paths; their decorated pages get the sandbox chrome. */
    default List<SandboxServlet> servlets(SandboxContext context) {
        return List.of();
    }

    /** Work that Jira's scheduler would run; the sandbox runs every job on "Run scheduled jobs now". */
    default List<SandboxJob> jobs(SandboxContext context) {
        return List.of();
    }

    /** Web resources (paths under the plugin's {@code web/} folder, .js or .css) added to every sandbox page. */
    default List<String> webResources() {
        return List.of();
    }

    /** Loads the module's demo data; called once, on an empty database with {@code --seed}, after the base seed. */
    default void seed(SeedContext seed) {}
}
