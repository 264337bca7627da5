package io.debrief.core.common;

import java.util.Objects;

/** A person known to the tracker: the stable user key and the name shown to others. */
public record UserRef(String key, String displayName) {

    public UserRef {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("user key must not be blank");
        }
        displayName = displayName == null || displayName.isBlank() ? key : displayName;
    }
}
