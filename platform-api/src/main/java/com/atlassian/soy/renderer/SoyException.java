// Mirrors: com.atlassian.soy.renderer.SoyException from soy-template-renderer-api (Platform 8); source: [S5]
// soy-template-renderer-api 6.0.7 (extends RuntimeException). Evidence: C(6.0.7); checked-ness in 11 U
// Unchecked here as in 6.0.7; always `catch (SoyException e)` around render (what [S2] does on 11): compiles either
// way.
package com.atlassian.soy.renderer;

/** A Soy template failed to compile or render. */
public class SoyException extends RuntimeException {
    public SoyException(String message) {
        super(message);
    }

    public SoyException(String message, Throwable cause) {
        super(message, cause);
    }

    public SoyException(Throwable cause) {
        super(cause);
    }
}
