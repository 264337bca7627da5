package io.debrief.sandbox;

import io.debrief.core.common.UserRef;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;

/** The sandbox's user directory and project rights (Jira's user manager and permission manager, in miniature). */
public final class SandboxUsers {

    /** A user's right on a project; each level includes the ones before it. */
    public enum Level {
        BROWSE,
        EDIT
    }

    private final EntityManager em;

    SandboxUsers(Database db) {
        this.em = db.entityManager();
    }

    public void create(String userName, String displayName, String password, boolean admin) {
        Database.sql(() -> em.create(
                SandboxUserEntity.class,
                new DBParam("USER_NAME", userName),
                new DBParam("DISPLAY_NAME", displayName),
                new DBParam("PASSWORD", password),
                new DBParam("ADMIN", admin)));
    }

    public void grant(String userName, String projectKey, Level level) {
        Database.sql(() -> em.create(
                SandboxPermissionEntity.class,
                new DBParam("USER_NAME", userName),
                new DBParam("PROJECT_KEY", projectKey),
                new DBParam("LEVEL", level.name())));
    }

    public void createProject(String projectKey, String name) {
        Database.sql(() -> em.create(
                SandboxProjectEntity.class, new DBParam("PROJECT_KEY", projectKey), new DBParam("NAME", name)));
    }

    /** Makes the user the project's lead (Jira: Project settings > Details > Project lead). */
    public void setProjectLead(String projectKey, String userName) {
        Database.sql(() -> {
            for (SandboxProjectEntity p : em.find(
                    SandboxProjectEntity.class, net.java.ao.Query.select().where("PROJECT_KEY = ?", projectKey))) {
                p.setLeadKey(userName);
                p.save();
            }
            return null;
        });
    }

    /** Project keys and names, by key. */
    public Map<String, String> projects() {
        Map<String, String> projects = new java.util.TreeMap<>();
        for (SandboxProjectEntity p : Database.sql(() -> em.find(SandboxProjectEntity.class))) {
            projects.put(p.getProjectKey(), p.getName());
        }
        return projects;
    }

    public List<UserRef> all() {
        return Arrays.stream(Database.sql(
                        () -> em.find(SandboxUserEntity.class, Query.select().order("ID"))))
                .map(u -> new UserRef(u.getUserName(), u.getDisplayName()))
                .toList();
    }

    public boolean isEmpty() {
        return Database.sql(() -> em.count(SandboxUserEntity.class)) == 0;
    }

    /** The user whose name and password match (HTTP Basic), if any. */
    public Optional<UserRef> authenticate(String userName, String password) {
        return entity(userName)
                .filter(u -> u.getPassword().equals(password))
                .map(u -> new UserRef(u.getUserName(), u.getDisplayName()));
    }

    public Optional<UserRef> find(String userName) {
        return entity(userName).map(u -> new UserRef(u.getUserName(), u.getDisplayName()));
    }

    /** The viewer for a user (or anonymous for empty), with rights read once for the request. */
    public Person viewer(Optional<String> userName) {
        Optional<SandboxUserEntity> user = userName.flatMap(this::entity);
        if (user.isEmpty()) {
            return SandboxViewer.ANONYMOUS;
        }
        Map<String, Level> rights = new HashMap<>();
        for (SandboxPermissionEntity p : Database.sql(() -> em.find(
                SandboxPermissionEntity.class,
                Query.select().where("USER_NAME = ?", user.get().getUserName())))) {
            rights.merge(p.getProjectKey(), Level.valueOf(p.getLevel()), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return new SandboxViewer(
                Optional.of(new UserRef(user.get().getUserName(), user.get().getDisplayName())),
                user.get().isAdmin(),
                Map.copyOf(rights));
    }

    private Optional<SandboxUserEntity> entity(String userName) {
        SandboxUserEntity[] found = Database.sql(
                () -> em.find(SandboxUserEntity.class, Query.select().where("USER_NAME = ?", userName)));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }
}
