package io.debrief.sandbox.debrief;

import io.debrief.sandbox.SandboxModule;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Debrief for Jira in the sandbox: the plugin's real composition root, REST resources, Soy views and JS on the
 * sandbox's issues, users, clock and database.
 */
public final class DebriefSandboxModule implements SandboxModule {

    @Override
    public List<Class<? extends RawEntity<?>>> entities() {
        return List.of(IssuePropertyEntity.class);
    }
}
