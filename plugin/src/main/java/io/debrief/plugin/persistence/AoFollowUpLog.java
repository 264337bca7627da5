package io.debrief.plugin.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.debrief.core.followthrough.FollowUpLog;
import jakarta.inject.Inject;
import java.time.Instant;
import net.java.ao.DBParam;
import org.springframework.stereotype.Component;

/** The follow-through's sent log in Active Objects: a claim is an insert of a unique key; a duplicate loses. */
@Component
public class AoFollowUpLog implements FollowUpLog {

    /** SENT_KEY is a plain (255) string column; keys are built from ids, project and user keys, and a date. */
    static final int MAX_KEY_LENGTH = 255;

    private final ActiveObjects ao;

    @Inject
    public AoFollowUpLog(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public boolean claim(String key, Instant at) {
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("follow-up key too long: " + key);
        }
        if (claimed(key)) {
            return false;
        }
        return Rows.insertUnlessPresent(
                () -> ao.create(
                        FollowUpSentEntity.class,
                        new DBParam("SENT_KEY", key),
                        new DBParam("SENT_AT", at.toEpochMilli())),
                () -> claimed(key));
    }

    private boolean claimed(String key) {
        return ao.count(FollowUpSentEntity.class, "SENT_KEY = ?", key) > 0;
    }
}
