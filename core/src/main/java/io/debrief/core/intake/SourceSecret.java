package io.debrief.core.intake;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A source's secret: 32 random bytes, shown to the admin once, kept only as its SHA-256 (random secrets of this
 * length need no slow hash: nothing is guessable to try).
 */
public final class SourceSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "dbi_";

    private SourceSecret() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return Digests.sha256Hex(secret);
    }

    /** Whether {@code presented} is the secret whose hash is kept; constant-time. */
    public static boolean matches(String presented, String keptHash) {
        if (presented == null || presented.isEmpty() || presented.length() > 200) {
            return false;
        }
        return Digests.same(hash(presented), keptHash);
    }
}
