package io.debrief.core.intake;

/**
 * PagerDuty's v3 webhook signature: {@code X-PagerDuty-Signature: v1=<hex>[,v1=<hex>...]}, each an HMAC-SHA256 of the
 * raw body under a signing secret (several while a secret is rotated); the request is genuine when one matches.
 *
 * <p>Source: developer.pagerduty.com/docs/webhooks/webhook-signatures.
 */
public final class PagerDutySignature {

    private PagerDutySignature() {}

    public static boolean verifies(String header, String body, String signingSecret) {
        if (header == null
                || body == null
                || signingSecret == null
                || signingSecret.isEmpty()
                || header.length() > 2000) {
            return false;
        }
        String expected = "v1=" + Digests.hmacSha256Hex(signingSecret, body);
        boolean found = false;
        for (String signature : header.split(",")) {
            // no early exit: every offered signature is compared, in constant time
            found |= Digests.same(signature.strip(), expected);
        }
        return found;
    }

    /** The header a sender holding {@code signingSecret} puts on {@code body} (for tests and the benchmark). */
    public static String sign(String body, String signingSecret) {
        return "v1=" + Digests.hmacSha256Hex(signingSecret, body);
    }
}
