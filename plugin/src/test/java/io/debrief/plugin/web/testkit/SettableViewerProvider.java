package io.debrief.plugin.web.testkit;

import io.debrief.core.access.Viewer;
import io.debrief.plugin.web.ViewerProvider;
import java.util.Objects;

/** A {@link ViewerProvider} whose viewer a test sets before each request; anonymous until set. */
public final class SettableViewerProvider implements ViewerProvider {

    private volatile Viewer viewer = Viewers.anonymous();

    /** The viewer of the following requests. */
    public void set(Viewer next) {
        this.viewer = Objects.requireNonNull(next, "viewer");
    }

    @Override
    public Viewer current() {
        return viewer;
    }
}
