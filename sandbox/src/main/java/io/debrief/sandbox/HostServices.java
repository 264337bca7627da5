package io.debrief.sandbox;

import java.time.Clock;
import java.util.function.Supplier;
import net.java.ao.EntityManager;

/** The host's services, handed to modules as their {@link SandboxContext}. */
final class HostServices implements SandboxContext {

    /** The viewer of the request being served on this thread; set and cleared by {@link AuthFilter}. */
    static final ThreadLocal<Person> CURRENT_VIEWER = new ThreadLocal<>();

    private final Database db;
    private final SandboxClock clock;
    private final SandboxIssues issues;
    private final SandboxUsers users;
    private final I18n i18n;
    private final SoyRenderer soy;
    private final SandboxMail mail;
    private String node = "node1";
    private volatile String baseUrl = "http://127.0.0.1";

    /** This host as one node of a cluster on a shared database ({@code --node N}). */
    HostServices onNode(String nodeId) {
        this.node = nodeId;
        return this;
    }

    @Override
    public String node() {
        return node;
    }

    HostServices(Database db, SandboxClock clock, I18n i18n, SoyRenderer soy, SandboxMail mail) {
        this.mail = mail;
        this.db = db;
        this.clock = clock;
        this.issues = new SandboxIssues(db);
        this.users = new SandboxUsers(db);
        this.i18n = i18n;
        this.soy = soy;
    }

    @Override
    public EntityManager entityManager() {
        return db.entityManager();
    }

    @Override
    public com.atlassian.activeobjects.external.ActiveObjects activeObjects() {
        return db.activeObjects();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return db.inTransaction(work);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    SandboxClock sandboxClock() {
        return clock;
    }

    @Override
    public SandboxIssues issues() {
        return issues;
    }

    @Override
    public SandboxUsers users() {
        return users;
    }

    @Override
    public SoyRenderer soy() {
        return soy;
    }

    @Override
    public I18n i18n() {
        return i18n;
    }

    @Override
    public SandboxMail mail() {
        return mail;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    /** Set once the server listens: the port is known only then (0 picks a free one). */
    void servingAt(String url) {
        this.baseUrl = url;
    }

    @Override
    public Person currentViewer() {
        Person viewer = CURRENT_VIEWER.get();
        return viewer != null ? viewer : SandboxViewer.ANONYMOUS;
    }
}
