package io.debrief.plugin.rest;

import io.debrief.plugin.rest.error.InvalidInputExceptionMapper;
import io.debrief.plugin.rest.error.MalformedJsonExceptionMapper;
import io.debrief.plugin.rest.error.RefusedExceptionMapper;
import io.debrief.plugin.rest.error.UnexpectedExceptionMapper;
import io.debrief.plugin.rest.json.RequestBodyLimit;
import io.debrief.plugin.rest.json.WritesNeedJson;
import java.util.List;

/**
 * The JAX-RS providers every Debrief REST host registers next to the resources: error mapping, the body limit and
 * the XSRF rule for writes.
 *
 * <p>Jira's REST v2 finds them by scanning the plugin bundle for {@code @Provider} and builds each through its
 * {@code @Inject} constructor from the plugin's components, as Atlassian's Jira 11 Slack plugin's providers are
 * built; the sandbox and the test harness register this list, which RestProvidersContractTest keeps equal to what
 * the scan finds. Providers need a {@link io.debrief.plugin.web.i18n.Messages} to be injectable.
 */
public final class RestProviders {

    private RestProviders() {}

    /** Provider classes, to be registered as classes. */
    public static List<Class<?>> classes() {
        return List.of(
                InvalidInputExceptionMapper.class,
                RefusedExceptionMapper.class,
                MalformedJsonExceptionMapper.class,
                UnexpectedExceptionMapper.class,
                RequestBodyLimit.class,
                WritesNeedJson.class);
    }
}
