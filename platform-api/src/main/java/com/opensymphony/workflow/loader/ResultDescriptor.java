// Mirrors: com.opensymphony.workflow.loader.ResultDescriptor (public class) from osworkflow (Atlassian's fork, a
// dependency of jira-api); source: OpenSymphony OSWorkflow 2.6 loader/ResultDescriptor.java, used as here in
// igsl-group/Octopus_Jira CustomApprovalUtil.java (8.21). Evidence: C(2.6 source, 8.21 use); U for the fork in 11.3
// Constructor protected (package-private in OSWorkflow, where DescriptorFactory builds it) so a host (the sandbox)
// can subclass it with its own small workflow; plugin code only reads descriptors.
// Only the members the plugin calls; the real class has package-private constructors (DescriptorFactory builds it).
package com.opensymphony.workflow.loader;

import io.debrief.platformapi.Evidence;
import io.debrief.platformapi.Evidence.Level;

/** Where an action leads: the step it ends in. */
public class ResultDescriptor extends AbstractDescriptor {
    protected ResultDescriptor() {}

    @Evidence(
            level = Level.C11,
            source =
                    "[S2] atlassian-labs/atlassian-slack-integration-server (Jira 11.0) jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/postfunction/SlackPostFunction.java:76")
    public int getStep() {
        throw new UnsupportedOperationException("stand-in");
    }
}
