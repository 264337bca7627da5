package io.debrief.plugin.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.debrief.core.checkpoint.JobRunReport;
import io.debrief.core.settings.GlobalSettings;
import io.debrief.plugin.web.i18n.BundleMessages;
import io.debrief.plugin.web.i18n.Messages;
import io.debrief.plugin.web.soy.SoyRendering;
import io.debrief.plugin.web.testkit.FollowupWorld;
import io.debrief.plugin.web.testkit.SettableViewerProvider;
import io.debrief.plugin.web.testkit.Viewers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The admin page servlet: administrators get the decorated settings page, others 401/403 and no page. */
class DebriefAdminServletTest {

    private final FollowupWorld world = new FollowupWorld();
    private final Messages messages = BundleMessages.discover(Locale.ENGLISH);
    private final SoyRendering soy = SoyRendering.pluginTemplatesInEnglish();
    private final SettableViewerProvider viewers = new SettableViewerProvider();
    private final List<String> required = new ArrayList<>();
    private final DebriefAdminServlet servlet = new DebriefAdminServlet(
            world.app,
            world.app,
            world.app,
            world.jobRuns,
            (key, template, data) -> soy.render(template, data),
            viewers,
            required::add,
            messages);

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter page = new StringWriter();

    private String get() throws Exception {
        when(request.getContextPath()).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(page));
        servlet.doGet(request, response);
        return page.toString();
    }

    @Test
    void an_administrator_gets_the_settings_page_in_the_admin_decorator() throws Exception {
        // given
        viewers.set(Viewers.admin());
        world.settings.saveGlobal(GlobalSettings.DEFAULTS.withEnabledProjectKeys(Set.of("OPS")));
        world.jobRuns.record(
                new JobRunReport(3, 0, 0, List.of(), Duration.ofMillis(12)), Instant.parse("2026-03-20T06:00:00Z"));

        // when
        String html = get();

        // then
        assertThat(html)
                .contains("<meta name=\"decorator\" content=\"atl.admin\">")
                .contains("<title>Debrief settings</title>")
                .contains("name=\"enabledProjectKeys\" value=\"OPS\"")
                .contains("2026-03-20 06:00 UTC");
        assertThat(required).containsExactly("debrief-settings");
        verify(response).setContentType("text/html;charset=UTF-8");
    }

    @Test
    void anonymous_gets_401_and_no_page() throws Exception {
        viewers.set(Viewers.anonymous());

        String html = get();

        verify(response).sendError(eq(401), anyString());
        assertThat(html).isEmpty();
        assertThat(required).isEmpty();
    }

    @Test
    void a_user_who_is_not_an_administrator_gets_403_and_no_page() throws Exception {
        viewers.set(Viewers.editor("alice"));

        String html = get();

        verify(response).sendError(eq(403), anyString());
        verify(response, never()).setContentType(anyString());
        assertThat(html).isEmpty();
    }

    @Test
    void the_title_is_escaped_for_html() {
        assertThat(DebriefAdminServlet.escape("<b>\"Tom's\" & co</b>"))
                .isEqualTo("&lt;b&gt;&quot;Tom&#39;s&quot; &amp; co&lt;/b&gt;");
    }
}
