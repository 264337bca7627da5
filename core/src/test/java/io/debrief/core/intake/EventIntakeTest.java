package io.debrief.core.intake;

import static io.debrief.core.intake.IntakeFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.debrief.core.common.InvalidInputException;
import io.debrief.core.common.NotAuthenticatedException;
import io.debrief.core.testkit.InMemoryEventSources;
import io.debrief.core.testkit.InMemoryExternalEventLog;
import io.debrief.core.testkit.TestClock;
import io.debrief.core.testkit.TestViewer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A delivery is authenticated by the source's secret (and signature), read in its format, stored once. */
class EventIntakeTest {

    private final TestClock clock = TestClock.at("2026-11-24T10:00:00Z");
    private final InMemoryEventSources sources = new InMemoryEventSources();
    private final InMemoryExternalEventLog log = new InMemoryExternalEventLog();
    private final EventSourceAdmin admin = new EventSourceAdmin(sources, clock);
    private final EventIntake intake = new EventIntake(sources, log, clock);
    private final TestViewer anAdmin =
            new TestViewer(TestViewer.aViewer("admin").person(), true, true, true);

    private String givenSource(String key, EventFormat format, String signingSecret, LabelMapping... mappings) {
        return admin.create(new SourceForm(key, null, format, signingSecret, List.of(mappings), false), anAdmin)
                .secret();
    }

    @Test
    void aDeliveryWithTheSecretIsStoredRoutedByTheMapping() {
        String secret = givenSource(
                "prom", EventFormat.ALERTMANAGER, null, new LabelMapping("service", "checkout", "OPS", "Checkout"));

        IntakeReceipt receipt = intake.receive("prom", secret, null, fixture("alertmanager-firing.json"));

        assertThat(receipt).isEqualTo(new IntakeReceipt(2, 2, 0));
        assertThat(log.all()).allSatisfy(stored -> {
            assertThat(stored.projectKey()).isEqualTo("OPS");
            assertThat(stored.component()).isEqualTo("Checkout");
            assertThat(stored.sourceKey()).isEqualTo("prom");
            assertThat(stored.receivedAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void theSameDeliveryAgainStoresNothingNew() {
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, null);
        intake.receive("prom", secret, null, fixture("alertmanager-firing.json"));

        IntakeReceipt again = intake.receive("prom", secret, null, fixture("alertmanager-firing.json"));

        assertThat(again).isEqualTo(new IntakeReceipt(2, 0, 2));
        assertThat(log.all()).hasSize(2);
    }

    @Test
    void anEventNoRuleMatchesIsKeptWithoutProject() {
        String secret = givenSource(
                "deploys", EventFormat.CLOUDEVENTS, null, new LabelMapping("service", "search", "WEB", null));

        intake.receive("deploys", secret, null, fixture("cdevents-service-deployed.json"));

        assertThat(log.all())
                .singleElement()
                .satisfies(stored -> assertThat(stored.projectKey()).isNull());
    }

    @Test
    void aWrongMissingOrRotatedSecretOrAnUnknownSourceIsRefusedAndNothingStored() {
        String old = givenSource("prom", EventFormat.ALERTMANAGER, null);
        String current = admin.rotateSecret("prom", anAdmin).secret();
        String body = fixture("alertmanager-firing.json");

        for (String[] attempt :
                new String[][] {{"prom", null}, {"prom", "dbi_wrong"}, {"prom", old}, {"nope", current}, {null, current}
                }) {
            assertThatThrownBy(() -> intake.receive(attempt[0], attempt[1], null, body))
                    .isInstanceOf(NotAuthenticatedException.class);
        }
        assertThat(log.all()).isEmpty();
        assertThat(intake.receive("prom", current, null, body).stored()).isEqualTo(2);
    }

    @Test
    void aSignedFormatNeedsAValidSignatureToo() {
        String secret = givenSource("pd", EventFormat.PAGERDUTY, "pd-signing-secret");
        String body = fixture("pagerduty-triggered.json");

        assertThatThrownBy(() -> intake.receive("pd", secret, null, body))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThatThrownBy(() -> intake.receive("pd", secret, PagerDutySignature.sign(body, "other"), body))
                .isInstanceOf(NotAuthenticatedException.class);
        assertThat(log.all()).isEmpty();

        assertThat(intake.receive("pd", secret, PagerDutySignature.sign(body, "pd-signing-secret"), body)
                        .stored())
                .isEqualTo(1);
    }

    @Test
    void eventsPastRetentionAreRemovedWhenNewOnesAreStored() {
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, null);
        intake.receive("prom", secret, null, fixture("alertmanager-resolved.json"));
        clock.advance(EventIntake.DEFAULT_RETENTION.plusSeconds(1));

        intake.receive("prom", secret, null, fixture("alertmanager-firing.json"));

        assertThat(log.all())
                .hasSize(2)
                .allSatisfy(stored -> assertThat(stored.receivedAt()).isEqualTo(clock.instant()));
    }

    @Test
    void aBadPayloadIsRefusedByFieldAndNothingOfItIsStored() {
        String secret = givenSource("prom", EventFormat.ALERTMANAGER, null);
        // the first alert is fine, the second lacks its start: the whole delivery is refused
        String body = fixture("alertmanager-firing.json").replace("\"startsAt\": \"2026-11-24T09:03:00Z\",", "");

        assertThatThrownBy(() -> intake.receive("prom", secret, null, body))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(error -> error.field())
                                .containsExactly("alerts[1].startsAt"));
        assertThat(log.all()).isEmpty();
    }
}
