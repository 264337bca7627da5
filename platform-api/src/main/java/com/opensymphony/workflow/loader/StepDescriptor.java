// Mirrors: com.opensymphony.workflow.loader.StepDescriptor (public class) from osworkflow (Atlassian's fork, a
// dependency of jira-api); source: OpenSymphony OSWorkflow 2.6 loader/StepDescriptor.java, used as here in
// igsl-group/Octopus_Jira CustomApprovalUtil.java (8.21). Evidence: C(2.6 source, 8.21 use); U for the fork in 11.3
// Constructor protected (package-private in OSWorkflow, where DescriptorFactory builds it) so a host (the sandbox)
// can subclass it with its own small workflow; plugin code only reads descriptors.
// Only the members the plugin calls; the real class has package-private constructors (DescriptorFactory builds it).
package com.opensymphony.workflow.loader;

/** One step of a workflow (Jira links each step to a status). */
public class StepDescriptor extends AbstractDescriptor {
    protected StepDescriptor() {}
}
