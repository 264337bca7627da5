// Mirrors: com.atlassian.plugins.osgi.test.AtlassianPluginsTestRunner from atlassian-plugins-osgi-testrunner; source:
// the runner's own source (find_string "public class AtlassianPluginsTestRunner": extends BlockJUnit4ClassRunner,
// public (Class<?>) throws InitializationError; run(RunNotifier) refuses a class outside an "it." package, then GETs
// System.getProperty("baseurl") + "/rest/atlassiantestrunner/1.0/runtest/" + class name and reports the product's
// passedMethods, ignoredMethods and failedMethods as one test each, "No tests found in class [..]" when there are none;
// validateConstructor validates nothing); usage: the Atlassian SDK's wired-test template it.*.MyComponentWiredTest and
// Atlassian Connect it.* tests (@RunWith, constructor injection). Evidence: C (source, version not stated)
// The client half behaves as the real one: it runs nothing itself, it asks the product at -Dbaseurl to run the class
// (the product builds the test with its components injected into the constructor) and reports what the product says.
// The real one calls with Apache Wink and Gson; this one with the JDK's HttpClient and Gson. The product here is the
// sandbox host (io.debrief.sandbox.jira.HostTestRunner), in Jira the osgi-testrunner plugin AMPS installs.
package com.atlassian.plugins.osgi.test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.internal.AssumptionViolatedException;
import org.junit.internal.runners.model.EachTestNotifier;
import org.junit.runner.Description;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunNotifier;
import org.junit.runner.notification.StoppedByUserException;
import org.junit.runners.BlockJUnit4ClassRunner;
import org.junit.runners.model.InitializationError;

/** Runs an {@code it.} test class inside a running Atlassian product, its constructor arguments injected there. */
public class AtlassianPluginsTestRunner extends BlockJUnit4ClassRunner {

    static final String BASE_URL = "baseurl";

    static String getResourceUrl(Description description) {
        String baseUrl = System.getProperty(BASE_URL);
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalStateException(
                    String.format("Missing base URL '%s'; is the '%s' system property set?", baseUrl, BASE_URL));
        }
        return baseUrl + "/rest/atlassiantestrunner/1.0/runtest/" + description.getClassName();
    }

    public AtlassianPluginsTestRunner(Class<?> klass) throws InitializationError {
        super(klass);
    }

    @Override
    public void run(RunNotifier notifier) {
        EachTestNotifier testNotifier = new EachTestNotifier(notifier, getDescription());
        try {
            String[] packageParts =
                    getTestClass().getJavaClass().getPackage().getName().split("\\.");
            if (packageParts.length < 1 || !packageParts[0].equals("it")) {
                throw new Exception(
                        "the class [" + getTestClass().getJavaClass().getName()
                                + "] is annotated with @RunWith(AtlassianPluginsTestRunner.class) but it is not in the 'it.'"
                                + " package.\nPlease move the class into the 'it.' package or remove the @RunWith annotation");
            }
            runViaRestCall(getDescription(), notifier);
        } catch (AssumptionViolatedException e) {
            testNotifier.fireTestIgnored();
        } catch (StoppedByUserException e) {
            throw e;
        } catch (Throwable e) {
            testNotifier.addFailure(e);
        }
    }

    private void runViaRestCall(Description description, RunNotifier notifier)
            throws IOException, InterruptedException {
        String resourceUrl = getResourceUrl(description);
        HttpRequest request = HttpRequest.newBuilder(URI.create(resourceUrl))
                .timeout(Duration.ofMillis(1800000))
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("Could not find resource for test [" + resourceUrl + "]. Status: "
                    + response.statusCode() + " - " + response.body());
        }
        JsonObject result = new JsonParser().parse(response.body()).getAsJsonObject();
        JsonArray passed = result.getAsJsonArray("passedMethods");
        JsonArray ignored = result.getAsJsonArray("ignoredMethods");
        JsonObject failed = result.getAsJsonObject("failedMethods");
        if (passed.size() + ignored.size() + failed.entrySet().size() < 1) {
            Description none =
                    Description.createSuiteDescription("No tests found in class [" + description.getClassName() + "]");
            notifier.fireTestFailure(
                    new Failure(none, new Exception("No tests found in class [" + description.getClassName() + "]")));
        }
        Class<?> testClass = getTestClass().getJavaClass();
        for (JsonElement method : passed) {
            EachTestNotifier each =
                    new EachTestNotifier(notifier, Description.createTestDescription(testClass, method.getAsString()));
            each.fireTestStarted();
            each.fireTestFinished();
        }
        for (JsonElement method : ignored) {
            new EachTestNotifier(notifier, Description.createTestDescription(testClass, method.getAsString()))
                    .fireTestIgnored();
        }
        for (Map.Entry<String, JsonElement> entry : failed.entrySet()) {
            EachTestNotifier each =
                    new EachTestNotifier(notifier, Description.createTestDescription(testClass, entry.getKey()));
            // started and finished around the failure, so JUnit Platform reports it (the real one only adds it)
            each.fireTestStarted();
            // the product's failure as it reported it: its message and the stack trace where it happened
            each.addFailure(new AssertionError(
                    entry.getValue().getAsJsonObject().get("trace").getAsString()));
            each.fireTestFinished();
        }
    }

    @Override
    protected void validateConstructor(List<Throwable> errors) {
        // the product builds the test with its components: any public constructor
    }
}
