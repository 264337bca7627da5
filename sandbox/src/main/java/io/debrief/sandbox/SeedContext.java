package io.debrief.sandbox;

import java.util.List;

/** What a module's {@link SandboxModule#seed} gets: the host's services and the incidents the base seed created. */
public interface SeedContext extends SandboxContext {

    /** The seeded incidents (resolved and still open), oldest first. */
    List<SandboxIssue> seededIncidents();
}
