package io.debrief.core.common;

import java.util.List;

/**
 * A use case refused to act for a reason that is not bad input: who is asking, what exists, or what state it is in.
 *
 * <p>Each subtype maps to one HTTP status in REST (401, 403, 404, 409); the message key explains it to the reader.
 * Nothing has been written when one is thrown.
 */
public abstract sealed class RefusedException extends RuntimeException
        permits NotAuthenticatedException, NotFoundException, ForbiddenException, ConflictException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    protected RefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
