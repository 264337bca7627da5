package io.debrief.sandbox;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One user's right on one project: {@code BROWSE} or {@code EDIT} (Jira: Browse Projects, Edit Issues). */
@Preload
@Table("SB_PERMISSION")
public interface SandboxPermissionEntity extends Entity {
    @NotNull
    String getUserName();

    void setUserName(String userName);

    @NotNull
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getLevel();

    void setLevel(String level);
}
