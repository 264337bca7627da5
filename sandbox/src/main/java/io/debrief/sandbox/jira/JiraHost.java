package io.debrief.sandbox.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.plugin.issuetabpanel.GetActionsRequest;
import com.atlassian.jira.plugin.issuetabpanel.IssueAction;
import com.atlassian.jira.plugin.issuetabpanel.IssueTabPanel3;
import com.atlassian.jira.plugin.issuetabpanel.IssueTabPanelModuleDescriptor;
import com.atlassian.jira.plugin.issuetabpanel.ShowPanelRequest;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import io.debrief.sandbox.IssueTab;
import io.debrief.sandbox.Person;
import io.debrief.sandbox.SandboxContext;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The sandbox as a host of the Jira API the plugin imports, and the plugin loaded on it as Jira loads it.
 *
 * <p>The host's services (issues, search, labels, links, workflow, users, rights, settings, events, scheduler, i18n,
 * Soy, Active Objects) are registered in a Spring container as the components the plugin imports
 * ({@code @ComponentImport}); the plugin's own components are found from their Spring Scanner annotations
 * ({@code @Component} under {@code io.debrief.plugin}) and built by Spring ({@code @Inject} constructors,
 * {@code @PostConstruct}); the modules of {@code atlassian-plugin.xml} are then enabled: {@code jql-function} and
 * {@code issue-tabpanel} classes are built by the plugin's container and initialised with their descriptor,
 * {@code servlet} classes likewise, and every component exported as {@link LifecycleAware} is started. The one thing
 * the host adds is its movable clock, offered to the container as a {@link Clock} bean.
 */
public final class JiraHost implements AutoCloseable {

    static final String PLUGIN_PACKAGE = "io.debrief.plugin";
    /** Each host is one "node" of the cluster its database makes. */
    private static final java.util.concurrent.atomic.AtomicInteger NODES =
            new java.util.concurrent.atomic.AtomicInteger();

    private static final Logger LOG = LoggerFactory.getLogger(JiraHost.class);

    private final GenericApplicationContext container;
    private final HostServicesSet services;
    private final PluginModules modules;
    private final List<LifecycleAware> started;
    private final List<Integer> upgradesRun;

    private JiraHost(
            GenericApplicationContext container,
            HostServicesSet services,
            PluginModules modules,
            List<LifecycleAware> started,
            List<Integer> upgradesRun) {
        this.container = container;
        this.services = services;
        this.modules = modules;
        this.started = started;
        this.upgradesRun = List.copyOf(upgradesRun);
    }

    /** The build numbers of the data upgrade tasks this enable ran (none when the database was up to date). */
    public List<Integer> upgradesRun() {
        return upgradesRun;
    }

    /** The host's services, one object per family of Jira services. */
    record HostServicesSet(
            HostPeople people,
            HostIssueTypes types,
            HostIssueManager issues,
            HostEvents events,
            HostLinks links,
            HostHistory history,
            HostWorkflow workflow,
            HostPlatform platform,
            HostIssueService issueService,
            HostSearch search,
            HostScheduler scheduler,
            HostMail mail) {

        List<Object> all() {
            return List.of(
                    people,
                    types,
                    issues,
                    events,
                    links,
                    history,
                    workflow,
                    platform,
                    issueService,
                    search,
                    scheduler,
                    mail);
        }
    }

    /** Builds the host on the sandbox's services and enables the plugin found on the class path. */
    public static JiraHost start(SandboxContext host) {
        long t0 = System.nanoTime();
        Clock clock = host.clock();
        HostPlatform platform = new HostPlatform(host);
        HostPeople people = new HostPeople(host, platform);
        HostIssueTypes types = new HostIssueTypes(host);
        HostIssueManager issues = new HostIssueManager(host, people, types);
        HostEvents events = new HostEvents();
        HostLinks links = new HostLinks(host, issues, events, clock);
        HostWorkflow workflow = new HostWorkflow(people);
        HostServicesSet services = new HostServicesSet(
                people,
                types,
                issues,
                events,
                links,
                new HostHistory(host, people, clock),
                workflow,
                platform,
                new HostIssueService(host, issues, people, workflow, platform, events, clock),
                new HostSearch(host, people, issues, links, clock),
                new HostScheduler(
                        clock, host, host.node() + "@" + ProcessHandle.current().pid() + "#" + NODES.incrementAndGet()),
                new HostMail(host));
        types.ensureStandardTypes();
        links.ensureStandardLinkTypes();

        GenericApplicationContext container = new GenericApplicationContext();
        AnnotationConfigUtils.registerAnnotationConfigProcessors(container);
        for (Object service : services.all()) {
            register(container, service);
        }
        register(container, host.activeObjects());
        container.registerBean("hostClock", Clock.class, () -> clock);
        container.registerBean("jiraCounts", JiraCounts.class, links::counts);
        int found = new ClassPathBeanDefinitionScanner(container).scan(PLUGIN_PACKAGE);
        container.refresh();

        PluginModules modules = PluginModules.fromClasspath(JiraHost.class.getClassLoader());
        for (PluginModules.JqlFunctionModule module : modules.jqlFunctions()) {
            JqlFunction function = (JqlFunction) build(container, module.className());
            function.init(new JqlFunctionModuleDescriptor() {
                @Override
                public String getFunctionName() {
                    return module.functionName();
                }

                @Override
                public boolean isList() {
                    return module.list();
                }
            });
            services.search().register(function);
        }
        // SAL runs the plugin's data upgrade tasks before it tells LifecycleAware components the plugin started
        List<Integer> upgrades;
        try {
            upgrades = HostUpgrades.run(container, services.platform().createGlobalSettings());
        } catch (Exception failed) {
            throw new IllegalStateException("a data upgrade task of the plugin failed", failed);
        }
        List<LifecycleAware> started = new ArrayList<>();
        for (String name : container.getBeanNamesForType(LifecycleAware.class)) {
            Object bean = container.getBean(name);
            ExportAsService export = bean.getClass().getAnnotation(ExportAsService.class);
            if (export != null && Arrays.asList(export.value()).contains(LifecycleAware.class)) {
                ((LifecycleAware) bean).onStart();
                started.add((LifecycleAware) bean);
            }
        }
        LOG.info(
                "Plugin enabled on the Jira host in {} ms: {} components, {} JQL functions, {} tab panels, "
                        + "{} servlets, {} listener methods, {} started",
                (System.nanoTime() - t0) / 1_000_000,
                found,
                modules.jqlFunctions().size(),
                modules.tabPanels().size(),
                modules.servlets().size(),
                services.events().listenerMethods(),
                started.size());
        return new JiraHost(container, services, modules, started, upgrades);
    }

    private static void register(GenericApplicationContext container, Object service) {
        @SuppressWarnings("unchecked")
        Class<Object> type = (Class<Object>) service.getClass();
        container.registerBean(HOST_BEAN + type.getSimpleName(), type, () -> service);
    }

    /** The prefix of the host's own beans (Jira's services) in the container, beside the plugin's components. */
    private static final String HOST_BEAN = "host";

    /**
     * What an OSGi service lookup of {@code type} finds in Jira with the plugin installed: one of Jira's services, or
     * a component the plugin exports with {@code @ExportAsService} under that type (naming no type exports the
     * interfaces it implements, or its class when it has none). Its other components are private to its bundle.
     */
    public Object osgiService(Class<?> type) {
        List<Object> found = new ArrayList<>();
        for (String name : container.getBeanNamesForType(type)) {
            Object bean = container.getBean(name);
            if (name.startsWith(HOST_BEAN) && !name.equals("hostClock") || exported(bean.getClass(), type)) {
                found.add(bean);
            }
        }
        if (found.size() != 1) {
            throw new IllegalStateException(
                    found.isEmpty()
                            ? "no OSGi service " + type.getName()
                                    + ": not Jira's, nor exported by the plugin (@ExportAsService)"
                            : found.size() + " OSGi services " + type.getName() + ": " + found);
        }
        return found.get(0);
    }

    private static boolean exported(Class<?> component, Class<?> type) {
        ExportAsService export = component.getAnnotation(ExportAsService.class);
        if (export == null) {
            return false;
        }
        List<Class<?>> as = export.value().length > 0
                ? Arrays.asList(export.value())
                : component.getInterfaces().length > 0 ? Arrays.asList(component.getInterfaces()) : List.of(component);
        return as.contains(type);
    }

    private static Object build(GenericApplicationContext container, String className) {
        try {
            Class<?> type = Class.forName(className, true, JiraHost.class.getClassLoader());
            return container.getAutowireCapableBeanFactory().createBean(type);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("atlassian-plugin.xml names a missing class: " + className, e);
        }
    }

    /** A component of the plugin (or a host service), by type. */
    public <T> T component(Class<T> type) {
        return container.getBean(type);
    }

    /** The plugin's issue tab panels, in their modules' order, as tabs of the sandbox issue page. */
    public List<IssueTab> issueTabs() {
        List<IssueTab> tabs = new ArrayList<>();
        for (PluginModules.TabPanel module : modules.tabPanels()) {
            IssueTabPanel3 panel = (IssueTabPanel3) build(container, module.className());
            panel.init(new IssueTabPanelModuleDescriptor() {});
            tabs.add(new IssueTab(
                    tabId(module.key()),
                    module.labelKey(),
                    (ref, viewer) -> html(panel, ref.id(), viewer),
                    (ref, viewer) -> {
                        Issue issue = services.issues().getIssueObject(ref.id());
                        return issue != null && panel.showPanel(new ShowPanelRequest(issue, user(viewer)));
                    }));
        }
        return tabs;
    }

    /** {@code debrief-timeline-tab} is the tab {@code timeline} in the sandbox's URLs. */
    static String tabId(String moduleKey) {
        return moduleKey.replaceFirst("^debrief-", "").replaceFirst("-tab$", "");
    }

    private String html(IssueTabPanel3 panel, long issueId, Person viewer) {
        Issue issue = services.issues().getIssueObject(issueId);
        List<IssueAction> actions = panel.getActions(new GetActionsRequest(issue, user(viewer), false, true, null));
        // what the panel required stays for the page's layout to load (PageRequirements)
        return actions.stream().map(IssueAction::getHtml).collect(Collectors.joining());
    }

    private static ApplicationUser user(Person viewer) {
        return viewer.user().map(HostPeople::user).orElse(null);
    }

    /**
     * The plugin's {@code rest} modules as REST v2 serves them: the classes found in the bundle, each resource built
     * by the plugin's container per request (constructor injection), each provider built by it once.
     */
    public List<io.debrief.sandbox.RestComponents> rest() {
        List<io.debrief.sandbox.RestComponents> rests = new ArrayList<>();
        for (PluginModules.Rest module : modules.rests()) {
            PluginRest found = PluginRest.scan(module, JiraHost.class.getClassLoader());
            Map<Class<?>, java.util.function.Supplier<?>> resources = new java.util.LinkedHashMap<>();
            for (Class<?> type : found.resources()) {
                resources.put(
                        type, () -> container.getAutowireCapableBeanFactory().createBean(type));
            }
            List<Object> providers = found.providers().stream()
                    .<Object>map(
                            type -> container.getAutowireCapableBeanFactory().createBean(type))
                    .toList();
            rests.add(new io.debrief.sandbox.RestComponents(found.mount(), resources, providers));
        }
        return rests;
    }

    /** The plugin's servlet modules, built by its container, by the URL Jira mounts them at. */
    public Map<String, HttpServlet> servlets() {
        Map<String, HttpServlet> servlets = new java.util.LinkedHashMap<>();
        for (PluginModules.Servlet module : modules.servlets()) {
            servlets.put(module.url(), (HttpServlet) build(container, module.className()));
        }
        return servlets;
    }

    /** Jira's issue navigator: {@code jql} parsed and run by the host's SearchService as {@code viewer}, 50 a page. */
    public io.debrief.sandbox.IssueNavigator navigator() {
        return (jql, viewer) -> {
            com.atlassian.jira.bc.issue.search.SearchService search = services.search();
            ApplicationUser user = user(viewer);
            com.atlassian.jira.bc.issue.search.SearchService.ParseResult parsed = search.parseQuery(user, jql);
            if (!parsed.isValid()) {
                return new io.debrief.sandbox.IssueNavigator.Found(
                        List.of(),
                        0,
                        List.copyOf(new java.util.TreeSet<>(parsed.getErrors().getErrorMessages())));
            }
            com.atlassian.jira.issue.search.SearchResults<Issue> results;
            try {
                results = search.search(user, parsed.getQuery(), new com.atlassian.jira.web.bean.PagerFilter<>(0, 50));
            } catch (com.atlassian.jira.issue.search.SearchException e) {
                return new io.debrief.sandbox.IssueNavigator.Found(List.of(), 0, List.of(e.getMessage()));
            }
            List<io.debrief.sandbox.IssueNavigator.Row> rows = results.getResults().stream()
                    .map(issue -> new io.debrief.sandbox.IssueNavigator.Row(
                            issue.getKey(),
                            issue.getSummary(),
                            issue.getStatus() == null ? "" : issue.getStatus().getName(),
                            issue.getAssignee() == null
                                    ? ""
                                    : issue.getAssignee().getDisplayName()))
                    .toList();
            return new io.debrief.sandbox.IssueNavigator.Found(rows, results.getTotal(), List.of());
        };
    }

    /**
     * This node's scheduler waking for the jobs due at {@code due}, on no one's behalf: a RUN_ONCE_PER_CLUSTER job runs
     * on one node of those sharing the database for each due time.
     */
    public Map<JobId, JobRunnerResponse> runScheduledJobs(java.time.Instant due) {
        return HostPeople.asNobody(() -> services.scheduler().runScheduledJobs(due));
    }

    /** Runs the scheduled jobs as Jira's scheduler does: on no one's behalf. */
    public Map<JobId, JobRunnerResponse> runScheduledJobs() {
        return HostPeople.asNobody(() -> services.scheduler().runScheduledJobs());
    }

    /** Runs {@code work} as {@code userName} logged in (null: no one), outside a request: the demo seed. */
    public static <T> T actingAs(String userName, java.util.function.Supplier<T> work) {
        return HostPeople.actingAs(userName, work);
    }

    HostServicesSet services() {
        return services;
    }

    @Override
    public void close() {
        for (LifecycleAware bean : started) {
            bean.onStop();
        }
        container.close();
    }
}
