package io.debrief.core.actionitem;

import io.debrief.core.common.IssueRef;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The facts about one issue that decide whether it is a debrief action item; the Jira listener, the REST call and
 * the job each build one from what they have and ask {@link DebriefItemPolicy}.
 *
 * @param parent             nullable: not a sub-task
 * @param labelRemovedByHand a person took the debrief label off this issue (known from its history)
 */
public record ItemCandidate(
        IssueRef issue,
        String issueTypeName,
        Set<String> labels,
        Related parent,
        List<Link> links,
        boolean labelRemovedByHand) {

    public ItemCandidate {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(issueTypeName, "issueTypeName");
        labels = Set.copyOf(labels);
        links = List.copyOf(links);
    }

    /** The same candidate, also marked as having had its label removed by hand when {@code removed} is true. */
    public ItemCandidate orRemovedByHand(boolean removed) {
        return new ItemCandidate(issue, issueTypeName, labels, parent, links, labelRemovedByHand || removed);
    }

    /** Another issue, with its type name. */
    public record Related(IssueRef issue, String issueTypeName) {
        public Related {
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(issueTypeName, "issueTypeName");
        }
    }

    /** An issue link from or to the candidate: the link type's name and the issue at the other end. */
    public record Link(String linkTypeName, Related other) {
        public Link {
            Objects.requireNonNull(linkTypeName, "linkTypeName");
            Objects.requireNonNull(other, "other");
        }
    }
}
