package io.debrief.sandbox;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One comment on one sandbox issue (what Jira's CommentManager keeps); visible to all who may browse the issue. */
@Preload
@Table("SB_COMMENT")
public interface SandboxCommentEntity extends Entity {
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getAuthor();

    void setAuthor(String author);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    @NotNull
    Date getCreated();

    void setCreated(Date created);
}
