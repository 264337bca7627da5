package io.debrief.sandbox.jira;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.runner.Description;
import org.junit.runner.JUnitCore;
import org.junit.runner.Request;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunListener;
import org.junit.runners.BlockJUnit4ClassRunner;
import org.junit.runners.model.InitializationError;

/**
 * The product half of atlassian-plugins-osgi-testrunner on the sandbox host, at the URL the runner's client half
 * calls ({@code GET /rest/atlassiantestrunner/1.0/runtest/<class>}): it runs one {@code it.} test class here, each
 * test built with what Jira's OSGi registry would give its constructor ({@link JiraHost#osgiService}: Jira's services
 * and the plugin's exported components), and answers which methods passed, were ignored or failed.
 */
@Path("runtest")
public final class HostTestRunner {

    private final JiraHost jira;

    @Inject
    public HostTestRunner(JiraHost jira) {
        this.jira = jira;
    }

    @GET
    @Path("{className}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response run(@PathParam("className") String className) {
        Class<?> testClass;
        try {
            testClass = className.startsWith("it.")
                    ? Class.forName(className, true, HostTestRunner.class.getClassLoader())
                    : null;
        } catch (ClassNotFoundException e) {
            testClass = null;
        }
        if (testClass == null) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(Map.of("error", "no wired test class " + className))
                    .build();
        }
        Outcome outcome = new Outcome();
        JUnitCore core = new JUnitCore();
        core.addListener(outcome);
        try {
            core.run(Request.runner(new Injecting(testClass, jira)));
        } catch (InitializationError e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("error", className + ": " + e.getCauses()))
                    .build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("testClassName", className);
        body.put("passedMethods", outcome.passed());
        body.put("ignoredMethods", outcome.ignored);
        body.put("failedMethods", outcome.failed);
        return Response.ok(body).build();
    }

    /** JUnit 4's runner with the constructor's arguments looked up as OSGi services. */
    private static final class Injecting extends BlockJUnit4ClassRunner {
        private final JiraHost jira;

        Injecting(Class<?> testClass, JiraHost jira) throws InitializationError {
            super(testClass);
            this.jira = jira;
        }

        @Override
        protected void validateConstructor(List<Throwable> errors) {
            validateOnlyOneConstructor(errors);
        }

        @Override
        protected Object createTest() throws Exception {
            Constructor<?> constructor = getTestClass().getOnlyConstructor();
            Class<?>[] types = constructor.getParameterTypes();
            Object[] arguments = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                arguments[i] = jira.osgiService(types[i]);
            }
            return constructor.newInstance(arguments);
        }
    }

    /** Which methods passed, were ignored, failed (with the trace where they failed). */
    private static final class Outcome extends RunListener {
        private final Set<String> finished = new LinkedHashSet<>();
        private final List<String> ignored = new ArrayList<>();
        private final Map<String, Map<String, String>> failed = new LinkedHashMap<>();

        @Override
        public void testFinished(Description description) {
            finished.add(description.getMethodName());
        }

        @Override
        public void testIgnored(Description description) {
            ignored.add(description.getMethodName());
        }

        @Override
        public void testFailure(Failure failure) {
            StringWriter trace = new StringWriter();
            failure.getException().printStackTrace(new PrintWriter(trace));
            String method = failure.getDescription().getMethodName();
            failed.put(
                    method == null ? failure.getDescription().getDisplayName() : method,
                    Map.of("message", String.valueOf(failure.getMessage()), "trace", trace.toString()));
        }

        @Override
        public void testAssumptionFailure(Failure failure) {
            ignored.add(failure.getDescription().getMethodName());
        }

        List<String> passed() {
            return finished.stream()
                    .filter(m -> !failed.containsKey(m) && !ignored.contains(m))
                    .toList();
        }
    }
}
