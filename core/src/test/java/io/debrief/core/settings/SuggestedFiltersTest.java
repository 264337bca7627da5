package io.debrief.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.ForbiddenException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.settings.SuggestedFilters.SuggestedFilter;
import io.debrief.core.testkit.InMemoryIssueTracker;
import io.debrief.core.testkit.InMemorySettings;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The saved filters offered to the admin, and the admin's right to decline them. */
class SuggestedFiltersTest {

    private final InMemorySettings settings = new InMemorySettings();
    private final InMemoryIssueTracker tracker = new InMemoryIssueTracker(TestClock.at("2026-03-01T10:00:00Z"));
    private final SettingsAdmin admin = new SettingsAdmin(settings, tracker);
    private final TestViewer anAdmin =
            new TestViewer(TestViewer.aViewer("admin").person(), true, true, true);

    @Test
    void openItemsFilterFindsTheLabelInForceOldestFirstAndAwaitingUsesOurJqlFunction() {
        // when
        var filters = SuggestedFilters.forLabel("debrief");

        // then
        assertThat(filters)
                .extracting(SuggestedFilter::jql)
                .containsExactly(
                        "labels = \"debrief\" AND statusCategory != Done ORDER BY created ASC",
                        "issue in incidentsAwaitingDebrief() ORDER BY resolved ASC");
        assertThat(filters)
                .extracting(SuggestedFilter::nameKey)
                .containsExactly("debrief.filters.open-items", "debrief.filters.awaiting-debrief");
    }

    @Test
    void aLabelCannotBreakOutOfItsJqlLiteral() {
        assertThat(SuggestedFilters.forLabel("a\"b\\").get(0).jql()).startsWith("labels = \"a\\\"b\\\\\" AND");
    }

    @Test
    void theOfferFollowsARenamedLabelUntilTheAdminDeclinesIt() {
        // given
        settings.saveGlobal(new GlobalSettings("post-incident", "0 0 6 * * ?", "Won't Do", "High", Set.of()));

        // when / then: offered with the renamed label
        SuggestedFilters.Offer offer = admin.suggestedFilters(anAdmin);
        assertThat(offer.declined()).isFalse();
        assertThat(offer.filters().get(0).jql()).contains("labels = \"post-incident\"");

        // when the admin declines
        SuggestedFilters.Offer declined = admin.declineSuggestedFilters(anAdmin);

        // then
        assertThat(declined.declined()).isTrue();
        assertThat(settings.suggestedFiltersDeclined()).isTrue();
    }

    @Test
    void onlyAnAdministratorSeesOrDeclinesTheOffer() {
        assertThatThrownBy(() -> admin.suggestedFilters(TestViewer.anonymous()))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> admin.declineSuggestedFilters(TestViewer.aViewer("alice")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(settings.suggestedFiltersDeclined()).isFalse();
    }
}
