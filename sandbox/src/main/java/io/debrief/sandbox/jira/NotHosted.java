package io.debrief.sandbox.jira;

/**
 * The host implements the Jira API the plugin calls, with Jira's behaviour; the other overloads of those names are
 * declared by the stand-ins (every overload, so a call that would be ambiguous in Jira is ambiguous here too) but
 * the plugin never calls them. Calling one is a failure the tests see, not a silent guess at Jira's behaviour.
 */
final class NotHosted {

    private NotHosted() {}

    static UnsupportedOperationException notHosted(String member) {
        return new UnsupportedOperationException("the sandbox host does not implement " + member
                + ": the plugin does not call this overload (see platform-api/README.md)");
    }
}
