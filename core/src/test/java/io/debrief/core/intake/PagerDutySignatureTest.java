package io.debrief.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** X-PagerDuty-Signature: HMAC-SHA256 of the raw body, any one of several v1 signatures may match. */
class PagerDutySignatureTest {

    private static final String BODY = IntakeFixtures.fixture("pagerduty-triggered.json");
    private static final String SECRET = "whsec-from-pagerduty";

    @Test
    void coresHmacIsTheJdksHmacSha256() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        for (String key : new String[] {SECRET, "k".repeat(100), ""}) {
            if (!key.isEmpty()) {
                mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                assertThat(Digests.hmacSha256Hex(key, BODY))
                        .isEqualTo(HexFormat.of().formatHex(mac.doFinal(BODY.getBytes(StandardCharsets.UTF_8))));
            }
        }
    }

    @Test
    void aSignatureWithTheSecretVerifiesAlsoAmongOthersDuringRotation() {
        String signature = PagerDutySignature.sign(BODY, SECRET);

        assertThat(PagerDutySignature.verifies(signature, BODY, SECRET)).isTrue();
        assertThat(PagerDutySignature.verifies("v1=" + "0".repeat(64) + ", " + signature, BODY, SECRET))
                .isTrue();
    }

    @Test
    void anotherSecretAChangedBodyOrNoHeaderDoNotVerify() {
        String signature = PagerDutySignature.sign(BODY, SECRET);

        assertThat(PagerDutySignature.verifies(signature, BODY, "another")).isFalse();
        assertThat(PagerDutySignature.verifies(signature, BODY + " ", SECRET)).isFalse();
        assertThat(PagerDutySignature.verifies(null, BODY, SECRET)).isFalse();
        assertThat(PagerDutySignature.verifies(signature.substring(3), BODY, SECRET))
                .isFalse();
    }
}
