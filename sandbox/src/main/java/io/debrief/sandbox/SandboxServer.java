package io.debrief.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.DispatcherType;
import jakarta.ws.rs.ext.ContextResolver;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox host: opens the database, migrates the plugin's and the sandbox's entities, seeds, compiles the Soy
 * templates, and serves pages, REST and static files on 127.0.0.1. Tests use it in-process with port 0.
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    private static final String CLOCK_OFFSET = "clock.offset.seconds";
    static final String PLUGIN_REST = "/rest/debrief/1.0";
    static final String SANDBOX_REST = "/rest/sandbox/1.0";
    static final String JIRA_REST = "/rest/api/2";
    /** Where atlassian-plugins-osgi-testrunner's client half asks the product to run a wired test. */
    static final String TEST_RUNNER_REST = "/rest/atlassiantestrunner/1.0";

    private final Database db;
    private final Server jetty;
    private final HostServices host;
    private final SandboxMail mail;

    private final List<Object[]> bindings;

    private SandboxServer(Database db, Server jetty, HostServices host, SandboxMail mail, List<Object[]> bindings) {
        this.db = db;
        this.jetty = jetty;
        this.host = host;
        this.mail = mail;
        this.bindings = bindings;
    }

    /** Starts the sandbox and returns once it serves requests. */
    public static SandboxServer start(SandboxOptions options) throws Exception {
        ClassLoader loader = SandboxServer.class.getClassLoader();
        PluginDescriptor plugin = PluginDescriptor.fromClasspath(loader);
        List<SandboxModule> modules = ServiceLoader.load(SandboxModule.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .toList();

        long t0 = System.nanoTime();
        Database db = Database.open(options, plugin.pluginKey());
        SandboxMail mail = null;
        try {
            mail = SandboxMail.start();
            db.migrate(entities(plugin, modules, loader));
            long t1 = System.nanoTime();
            SandboxClock clock = clock(db);
            I18n i18n = I18n.fromClasspath(loader);
            HostServices host =
                    new HostServices(db, clock, i18n, SoyRenderer.compile(loader, i18n), mail).onNode(options.nodeId());
            if (options.port() > 0) {
                host.servingAt("http://127.0.0.1:" + options.port());
            }
            long t2 = System.nanoTime();
            LOG.info(
                    "Database ready in {} ms ({}), templates compiled in {} ms, {} module(s)",
                    (t1 - t0) / 1_000_000,
                    db.url().startsWith("jdbc:h2:") ? "H2" : db.url(),
                    (t2 - t1) / 1_000_000,
                    modules.size());
            if (options.seed() && host.users().isEmpty()) {
                List<SandboxIssue> incidents = DemoSeed.load(host);
                SeedContext seed = new Seeding(host, incidents);
                for (SandboxModule module : modules) {
                    module.seed(seed);
                }
                LOG.info("Seeded {} users and {} incidents", host.users().all().size(), incidents.size());
            }
            List<Object[]> bindings = new ArrayList<>();
            Server jetty = jetty(options.port(), host, plugin, modules, bindings);
            jetty.start();
            SandboxServer server = new SandboxServer(db, jetty, host, mail, bindings);
            host.servingAt(server.baseUrl());
            LOG.info(
                    "Mail goes to the sandbox's SMTP server on 127.0.0.1:{}; sent mail: {}/mail",
                    mail.smtpPort(),
                    server.baseUrl());
            return server;
        } catch (Exception | Error e) {
            if (mail != null) {
                mail.close();
            }
            db.close();
            throw e;
        }
    }

    /** The port the sandbox listens on (the real one when started with port 0). */
    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The host's services, for tests that set up data beside the browser. */
    public SandboxContext context() {
        return host;
    }

    /** What a module bound for its REST resources (e.g. the plugin's Jira host), for tests beside the browser. */
    public <T> java.util.Optional<T> bound(Class<T> type) {
        return bindings.stream()
                .filter(b -> b[0] == type)
                .map(b -> type.cast(b[1]))
                .findFirst();
    }

    /** The SMTP server the plugin's mail arrives at, for tests that read what was sent. */
    public SandboxMail mail() {
        return mail;
    }

    @Override
    public void close() throws Exception {
        try {
            jetty.stop();
        } finally {
            try {
                mail.close();
            } finally {
                db.close();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities(
            PluginDescriptor plugin, List<SandboxModule> modules, ClassLoader loader) {
        Set<Class<? extends RawEntity<?>>> all = new LinkedHashSet<>(List.of(
                SandboxUserEntity.class,
                SandboxProjectEntity.class,
                SandboxPermissionEntity.class,
                SandboxIssueEntity.class,
                SandboxLabelEntity.class,
                SandboxLinkEntity.class,
                SandboxSettingEntity.class,
                SandboxCommentEntity.class,
                SandboxStatusChangeEntity.class,
                IssuePropertyEntity.class,
                SandboxIssueTypeEntity.class,
                SandboxLinkTypeEntity.class));
        for (String name : plugin.aoEntityClassNames()) {
            try {
                all.add((Class<? extends RawEntity<?>>) Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("atlassian-plugin.xml names a missing AO entity: " + name, e);
            }
        }
        modules.forEach(m -> all.addAll(m.entities()));
        return all.toArray(new Class[0]);
    }

    private static SandboxClock clock(Database db) {
        var em = db.entityManager();
        SandboxSettingEntity[] stored = Database.sql(
                () -> em.find(SandboxSettingEntity.class, Query.select().where("NAME = ?", CLOCK_OFFSET)));
        Duration offset = stored.length == 0 ? Duration.ZERO : Duration.ofSeconds(Long.parseLong(stored[0].getText()));
        return new SandboxClock(Clock.systemUTC(), offset, newOffset -> {
            SandboxSettingEntity[] row = Database.sql(
                    () -> em.find(SandboxSettingEntity.class, Query.select().where("NAME = ?", CLOCK_OFFSET)));
            SandboxSettingEntity setting = row.length > 0
                    ? row[0]
                    : Database.sql(() -> em.create(SandboxSettingEntity.class, new DBParam("NAME", CLOCK_OFFSET)));
            setting.setText(Long.toString(newOffset.toSeconds()));
            setting.save();
        });
    }

    private static Server jetty(
            int port,
            HostServices host,
            PluginDescriptor plugin,
            List<SandboxModule> modules,
            List<Object[]> bindings) {
        Bindings collect = new Bindings() {
            @Override
            public <T> void bind(Class<T> type, T instance) {
                bindings.add(new Object[] {type, instance});
            }
        };
        collect.bind(SandboxIssues.class, host.issues());
        collect.bind(SandboxUsers.class, host.users());
        collect.bind(Clock.class, host.clock());
        collect.bind(SoyRenderer.class, host.soy());
        collect.bind(I18n.class, host.i18n());
        List<Class<?>> pluginResources = new ArrayList<>();
        List<RestComponents> containerRest = new ArrayList<>();
        List<Class<?>> platformResources = new ArrayList<>();
        List<IssueTab> tabs = new ArrayList<>();
        List<SandboxPage> pages = new ArrayList<>();
        List<SandboxServlet> servlets = new ArrayList<>();
        List<SandboxJob> jobs = new ArrayList<>();
        List<String> everyPage = new ArrayList<>();
        for (SandboxModule module : modules) {
            module.bind(host, collect);
            pluginResources.addAll(module.restResources());
            containerRest.addAll(module.restComponents(host));
            platformResources.addAll(module.platformRestResources());
            tabs.addAll(module.issueTabs(host));
            pages.addAll(module.pages(host));
            servlets.addAll(module.servlets(host));
            jobs.addAll(module.jobs(host));
            module.webResources().stream()
                    .map(r -> "web/" + r)
                    .filter(r -> !everyPage.contains(r))
                    .forEach(everyPage::add);
        }

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setStopAtShutdown(false);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        // resources marked @UnrestrictedAccess (the event intake) are open to callers without a login, as in Jira
        List<String> unrestricted = new ArrayList<>(AuthFilter.unrestrictedPaths(PLUGIN_REST, pluginResources));
        for (RestComponents components : containerRest) {
            unrestricted.addAll(AuthFilter.unrestrictedPaths(
                    components.mount(), List.copyOf(components.resources().keySet())));
        }
        context.addFilter(
                new FilterHolder(new AuthFilter(host.users(), unrestricted)), "/*", EnumSet.of(DispatcherType.REQUEST));
        List<String> mounted = new ArrayList<>();
        for (RestComponents components : containerRest) {
            // the classes other modules list for the same mount (a test module's probe) are served beside them
            List<Class<?>> beside = components.mount().equals(PLUGIN_REST) ? pluginResources : List.of();
            context.addServlet(
                    new ServletHolder(new ServletContainer(rest(components, beside, bindings, host))),
                    components.mount() + "/*");
            mounted.add(components.mount());
        }
        if (!pluginResources.isEmpty() && !mounted.contains(PLUGIN_REST)) {
            context.addServlet(
                    new ServletHolder(new ServletContainer(rest(pluginResources, bindings, host))), PLUGIN_REST + "/*");
        }
        context.addServlet(
                new ServletHolder(new ServletContainer(rest(List.of(SandboxResource.class), bindings, host))),
                SANDBOX_REST + "/*");
        if (!platformResources.isEmpty()) {
            context.addServlet(
                    new ServletHolder(new ServletContainer(rest(platformResources, bindings, host))), JIRA_REST + "/*");
        }
        if (bindings.stream().anyMatch(b -> b[0] == io.debrief.sandbox.jira.JiraHost.class)) {
            // the osgi-testrunner plugin AMPS installs beside the plugin (atlas-run, atlas-integration-test)
            context.addServlet(
                    new ServletHolder(new ServletContainer(
                            rest(List.of(io.debrief.sandbox.jira.HostTestRunner.class), bindings, host))),
                    TEST_RUNNER_REST + "/*");
        }
        context.addServlet(new ServletHolder(new ControlServlet(host, jobs)), "/sandbox/*");
        context.addServlet(new ServletHolder(new StaticFilesServlet("sandbox-static/aui/")), "/aui/*");
        context.addServlet(new ServletHolder(new StaticFilesServlet("web/")), "/web/*");
        context.addServlet(new ServletHolder(new StaticFilesServlet("sandbox-static/")), "/sandbox-static/*");
        context.addServlet(
                new ServletHolder(new WebResourceBridge(host, SandboxServer.class.getClassLoader())), "/sandbox-web/*");
        List<Layout.Nav> nav = new ArrayList<>();
        pages.forEach(p -> nav.add(new Layout.Nav(p.path(), p.titleKey())));
        servlets.forEach(s -> nav.add(new Layout.Nav(s.path(), s.titleKey())));
        Layout layout = new Layout(host, plugin.webResources(), everyPage, nav);
        for (SandboxServlet servlet : servlets) {
            context.addServlet(
                    new ServletHolder(new DecoratingServlet(servlet.servlet(), host, layout)), servlet.path());
        }
        // Jira's issue navigator, answered by the plugin host's SearchService when there is one
        java.util.Optional<IssueNavigator> navigator = bindings.stream()
                .filter(b -> b[0] == io.debrief.sandbox.jira.JiraHost.class)
                .map(b -> ((io.debrief.sandbox.jira.JiraHost) b[1]).navigator())
                .findFirst();
        context.addServlet(new ServletHolder(new PagesServlet(host, layout, tabs, pages, navigator)), "/");
        server.setHandler(context);
        return server;
    }

    /** Resources built by their module's container, one per request, and its providers, registered as built. */
    private static ResourceConfig rest(
            RestComponents components, List<Class<?>> beside, List<Object[]> bindings, HostServices host) {
        ResourceConfig config = rest(beside, bindings, host);
        components.resources().keySet().forEach(config::register);
        components.providers().forEach(config::register);
        config.register(new AbstractBinder() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected void configure() {
                components
                        .resources()
                        .forEach((type, factory) -> bindFactory((java.util.function.Supplier) factory)
                                .to((Class) type));
            }
        });
        return config;
    }

    private static ResourceConfig rest(List<Class<?>> resources, List<Object[]> bindings, HostServices host) {
        ResourceConfig config = new ResourceConfig();
        resources.forEach(config::register);
        // without Jackson's own exception mappers: the plugin maps malformed JSON itself (400 with its error body)
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new JsonMapper());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.register(new AbstractBinder() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            protected void configure() {
                for (Object[] b : bindings) {
                    bind(b[1]).to((Class) b[0]);
                }
                bindFactory(host::currentViewer).to(Person.class);
            }
        });
        return config;
    }

    /** JSON as Jira's REST writes it: instants as ISO-8601 text. */
    @jakarta.ws.rs.ext.Provider
    static final class JsonMapper implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }

    /** What modules' seed hooks get. */
    private record Seeding(HostServices host, List<SandboxIssue> seededIncidents) implements SeedContext {
        @Override
        public net.java.ao.EntityManager entityManager() {
            return host.entityManager();
        }

        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return host.inTransaction(work);
        }

        @Override
        public com.atlassian.activeobjects.external.ActiveObjects activeObjects() {
            return host.activeObjects();
        }

        @Override
        public Clock clock() {
            return host.clock();
        }

        @Override
        public SandboxIssues issues() {
            return host.issues();
        }

        @Override
        public SandboxUsers users() {
            return host.users();
        }

        @Override
        public SoyRenderer soy() {
            return host.soy();
        }

        @Override
        public I18n i18n() {
            return host.i18n();
        }

        @Override
        public SandboxMail mail() {
            return host.mail();
        }

        @Override
        public String baseUrl() {
            return host.baseUrl();
        }

        @Override
        public Person currentViewer() {
            return host.currentViewer();
        }

        @Override
        public String node() {
            return host.node();
        }
    }
}
