package io.debrief.sandbox;

import io.debrief.core.common.IssueRef;
import java.util.Objects;

/**
 * A tab on the sandbox issue page (in Jira: an issue tab panel).
 *
 * @param id       stable id, used in the URL ({@code /browse/OPS-1?tab=timeline}) and the DOM ({@code data-tab})
 * @param labelKey i18n key of the tab's label
 * @param renderer builds the tab's HTML for the issue and the person looking
 * @param shows    whether the tab belongs on the issue for the person (Jira's {@code showPanel})
 */
public record IssueTab(String id, String labelKey, Renderer renderer, Shows shows) {

    public IssueTab {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(shows, "shows");
    }

    /** A tab shown on every issue. */
    public IssueTab(String id, String labelKey, Renderer renderer) {
        this(id, labelKey, renderer, (issue, viewer) -> true);
    }

    /** Decides whether a tab is shown. */
    @FunctionalInterface
    public interface Shows {
        boolean test(IssueRef issue, Person viewer);
    }

    /** Renders a tab's body as trusted HTML (the module escapes what it interpolates, e.g. through Soy). */
    @FunctionalInterface
    public interface Renderer {
        String render(IssueRef issue, Person viewer);
    }
}
