package io.debrief.core.checkpoint;

import io.debrief.core.common.IssueRef;
import io.debrief.core.common.UserRef;
import java.time.Instant;
import java.util.Objects;

/**
 * The facts about a held debrief that checkpoints need: its incident, when it was held, and who looks after it.
 *
 * @param owner nullable: nobody in particular
 */
public record HeldDebrief(IssueRef incident, Instant heldAt, UserRef owner) {

    public HeldDebrief {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(heldAt, "heldAt");
    }
}
