package io.debrief.core.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 and HMAC-SHA256 (RFC 2104) over {@link MessageDigest}, so core verifies signatures with java.* alone;
 * comparisons are constant-time.
 */
public final class Digests {

    private static final int BLOCK = 64;

    private Digests() {}

    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] hmacSha256(byte[] key, byte[] message) {
        byte[] block = key.length > BLOCK ? sha256().digest(key) : key;
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte k = i < block.length ? block[i] : 0;
            inner[i] = (byte) (k ^ 0x36);
            outer[i] = (byte) (k ^ 0x5c);
        }
        MessageDigest digest = sha256();
        digest.update(inner);
        byte[] innerHash = digest.digest(message);
        digest.update(outer);
        return digest.digest(innerHash);
    }

    public static String hmacSha256Hex(String key, String message) {
        return HexFormat.of()
                .formatHex(hmacSha256(key.getBytes(StandardCharsets.UTF_8), message.getBytes(StandardCharsets.UTF_8)));
    }

    /** Constant-time equality of two texts (as UTF-8 bytes). */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException required) {
            // every Java platform must provide SHA-256 (MessageDigest javadoc)
            throw new IllegalStateException(required);
        }
    }
}
