package io.debrief.sandbox;

import java.util.Objects;

/** A scheduled job as the sandbox runs it: on demand, with the sandbox clock. */
public record SandboxJob(String name, Runnable run) {

    public SandboxJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(run, "run");
    }
}
