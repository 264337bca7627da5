package io.debrief.plugin.rest.json;

import io.debrief.core.common.InvalidInputException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 400 on the field {@code body}
 * ({@value #TOO_LARGE}), whether the client declares the length or streams it.
 *
 * <p>400 rather than 413 so every refused input reaches the client in the same JSON shape.
 */
@Provider
public final class RequestBodyLimit implements ContainerRequestFilter {

    /** 64 kB: far above any debrief text, far below what could hurt a node. */
    public static final int MAX_BYTES = 64 * 1024;
    /** Argument {0}: the limit in kB. */
    public static final String TOO_LARGE = "debrief.error.body.too.large";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    static InvalidInputException tooLarge() {
        return InvalidInputException.of("body", TOO_LARGE, MAX_BYTES / 1024);
    }

    /** Counts what is read and stops at the limit (bodies without a Content-Length). */
    private static final class Bounded extends FilterInputStream {

        private long count;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) {
            count += n;
            if (count > MAX_BYTES) {
                throw tooLarge();
            }
        }
    }
}
