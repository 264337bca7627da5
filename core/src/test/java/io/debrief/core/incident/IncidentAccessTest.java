package io.debrief.core.incident;

import static io.debrief.core.testkit.IncidentFixtures.anIncident;
import static io.debrief.core.testkit.TestViewer.aViewer;
import static io.debrief.core.testkit.TestViewer.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ConflictException;
import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.IssueRef;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.common.NotFoundException;
import io.debrief.core.testkit.InMemoryIncidents;
import org.junit.jupiter.api.Test;

class IncidentAccessTest {

    private final Incident incident = anIncident().key("OPS-1").build();
    private final IncidentAccess access =
            new IncidentAccess(new InMemoryIncidents().with(incident).withOtherIssue(IssueRef.of(20_000, "OPS-2")));

    @Test
    void anonymous_is_asked_to_log_in_before_anything_is_looked_up() {
        assertThatThrownBy(() -> access.toRead("OPS-1", anonymous())).isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> access.toRead("NOPE-9", anonymous())).isInstanceOf(NotAuthenticatedException.class);
    }

    @Test
    void an_issue_the_viewer_cannot_browse_looks_exactly_like_a_missing_one() {
        assertThatThrownBy(() -> access.toRead("OPS-1", aViewer("bob").withoutBrowse()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage(IncidentAccess.NOT_FOUND);
        assertThatThrownBy(() -> access.toRead("NOPE-9", aViewer("bob")))
                .isInstanceOf(NotFoundException.class)
                .hasMessage(IncidentAccess.NOT_FOUND);
    }

    @Test
    void a_visible_issue_that_is_not_an_incident_is_a_conflict() {
        assertThatThrownBy(() -> access.toRead("OPS-2", aViewer("bob")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("debrief.error.not.incident");
    }

    @Test
    void a_hidden_issue_that_is_not_an_incident_is_not_found() {
        assertThatThrownBy(() -> access.toRead("OPS-2", aViewer("bob").withoutBrowse()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void reading_needs_browse_only_but_writing_needs_edit() {
        assertThat(access.toRead("OPS-1", aViewer("bob").withoutEdit())).isEqualTo(incident);
        assertThatThrownBy(() -> access.toWrite("OPS-1", aViewer("bob").withoutEdit()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(access.toWrite("OPS-1", aViewer("bob"))).isEqualTo(incident);
    }
}
