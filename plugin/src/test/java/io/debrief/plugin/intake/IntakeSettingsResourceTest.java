package io.debrief.plugin.intake;

import static io.debrief.plugin.web.testkit.Viewers.admin;
import static io.debrief.plugin.web.testkit.Viewers.anonymous;
import static io.debrief.plugin.web.testkit.Viewers.editor;
import static org.assertj.core.api.Assertions.assertThat;

import io.debrief.plugin.web.testkit.IntakeWorld;
import io.debrief.plugin.web.testkit.RestAccessPolicy;
import io.debrief.plugin.web.testkit.RestTestHarness;
import io.debrief.plugin.web.testkit.RestTestHarness.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /intake-settings}: administrators read and set the retention, bounded; others are refused. */
class IntakeSettingsResourceTest {

    private final IntakeWorld world = new IntakeWorld();
    private final RestTestHarness rest = world.rest(IntakeSettingsResource.class);

    @Test
    void declaresWhoMayCallIt() {
        assertThat(RestAccessPolicy.atlassian().violations(List.of(IntakeSettingsResource.class)))
                .isEmpty();
    }

    @Test
    void anAdministratorReadsTheDefaultAndSetsTheRetentionTheIntakeThenApplies() {
        Reply before = rest.as(admin()).get("/intake-settings");
        Reply saved = rest.as(admin()).put("/intake-settings", "{\"retentionDays\": 30}");

        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().path("retentionDays").asInt()).isEqualTo(90);
        assertThat(before.json().path("maxDays").asInt()).isEqualTo(730);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().path("retentionDays").asInt()).isEqualTo(30);
        assertThat(world.intake.retention().current()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void outOfBoundsIs400OnTheFieldAndOthersAreRefused() {
        Reply tooLong = rest.as(admin()).put("/intake-settings", "{\"retentionDays\": 5000}");
        Reply missing = rest.as(admin()).put("/intake-settings", "{}");

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldErrors()).containsOnlyKeys("retentionDays");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(rest.as(editor("alice")).get("/intake-settings").status()).isEqualTo(403);
        assertThat(rest.as(editor("alice"))
                        .put("/intake-settings", "{\"retentionDays\": 1}")
                        .status())
                .isEqualTo(403);
        assertThat(rest.as(anonymous()).get("/intake-settings").status()).isEqualTo(401);
        assertThat(world.intake.retention().current()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void anythingButAWholeNumberOfDaysIs400OnTheFieldAndNothingIsSaved() {
        for (String value : new String[] {"1.5", "\"abc\"", "99999999999999999999", "\"\"", "-3", "true"}) {
            Reply reply = rest.as(admin()).put("/intake-settings", "{\"retentionDays\": " + value + "}");

            assertThat(reply.status()).as(value).isEqualTo(400);
            assertThat(reply.fieldErrors()).as(value).containsOnlyKeys("retentionDays");
        }
        assertThat(rest.as(admin())
                        .put("/intake-settings", "{\"retentionDays\": \"30\"}")
                        .status())
                .isEqualTo(200);
        assertThat(world.intake.retention().current()).isEqualTo(Duration.ofDays(30));
    }
}
