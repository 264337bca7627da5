package io.debrief.sandbox.debrief;

import io.debrief.core.access.Viewer;
import io.debrief.plugin.web.ViewerProvider;
import io.debrief.sandbox.SandboxContext;

/** The viewer of the request being served, from the sandbox's session or HTTP Basic login. */
final class SandboxViewers implements ViewerProvider {

    private final SandboxContext host;

    SandboxViewers(SandboxContext host) {
        this.host = host;
    }

    @Override
    public Viewer current() {
        return host.currentViewer();
    }
}
