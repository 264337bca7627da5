// Mirrors: com.opensymphony.workflow.loader.AbstractDescriptor (public abstract class) from osworkflow (Atlassian's
// fork, a dependency of jira-api); source: tedliang/osworkflow
// tags/osworkflow_2-6-0_RC1/src/java/com/opensymphony/workflow/loader/AbstractDescriptor.java (2.6). Evidence: C(2.6
// source); U for the fork in 11.3
// The real class also implements XMLizable and Serializable and has setters; only getId() is used.
package com.opensymphony.workflow.loader;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** The base of every element of a workflow descriptor (steps, actions, results). */
public abstract class AbstractDescriptor {
    @Evidence(
            level = Level.OLDER,
            source =
                    "tedliang/osworkflow tags/osworkflow_2-6-0_RC1/src/java/com/opensymphony/workflow/loader/AbstractDescriptor.java (2.6)")
    public int getId() {
        throw new UnsupportedOperationException("stand-in");
    }
}
