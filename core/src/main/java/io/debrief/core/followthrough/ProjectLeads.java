package io.debrief.core.followthrough;

import java.util.Optional;

/** Who leads a project in the tracker (port; Jira: the project lead), by user key; empty when nobody or no project. */
public interface ProjectLeads {

    Optional<String> leadOf(String projectKey);
}
