package io.debrief.plugin.web.rest;

import io.debrief.plugin.web.rest.error.InvalidInputExceptionMapper;
import io.debrief.plugin.web.rest.error.MalformedJsonExceptionMapper;
import io.debrief.plugin.web.rest.error.RefusedExceptionMapper;
import io.debrief.plugin.web.rest.error.UnexpectedExceptionMapper;
import io.debrief.plugin.web.rest.json.RequestBodyLimit;
import io.debrief.plugin.web.rest.json.WritesNeedJson;
import java.util.List;

/**
 * The JAX-RS providers every Debrief REST host registers next to the resources: error mapping, the body limit and
 * the XSRF rule for writes.
 *
 * <p>Jira finds them by scanning {@code io.debrief.plugin.web.rest}; the sandbox and the test harness register this
 * list. Providers need a {@link io.debrief.plugin.web.i18n.Messages} to be injectable.
 */
public final class RestProviders {

    private RestProviders() {
    }

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
