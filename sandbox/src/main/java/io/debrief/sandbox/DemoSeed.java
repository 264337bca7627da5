package io.debrief.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo data of an empty sandbox: the users of a Jira dev instance, three projects and thirty incidents spread over
 * the last two months of sandbox time, most resolved, a few still open.
 */
final class DemoSeed {

    private static final String[][] INCIDENTS = {
        {"OPS", "Checkout API returns 502 for 12% of requests", "Highest", "api-gateway"},
        {"OPS", "Database primary failover took 9 minutes", "High", "database"},
        {"OPS", "Disk full on log aggregation nodes", "Medium", "logging"},
        {"OPS", "TLS certificate expired on status page", "High", "edge"},
        {"OPS", "Kubernetes node pool drained during business hours", "High", "platform"},
        {"OPS", "DNS resolution failures in eu-west", "Highest", "network"},
        {"OPS", "Backup job silently skipped for three nights", "Medium", "database"},
        {"OPS", "Alert storm after monitoring agent upgrade", "Low", "monitoring"},
        {"OPS", "Message queue consumer lag above 30 minutes", "High", "messaging"},
        {"OPS", "Config push disabled feature flags globally", "Highest", "platform"},
        {"OPS", "CDN cache purge removed static assets", "Medium", "edge"},
        {"OPS", "Cron host clock drift broke token validation", "Medium", "platform"},
        {"PAY", "Card payments declined by acquirer timeout", "Highest", "acquiring"},
        {"PAY", "Duplicate refunds issued after retry", "Highest", "refunds"},
        {"PAY", "Settlement file delivered two hours late", "High", "settlement"},
        {"PAY", "3-D Secure challenge page not loading on mobile", "High", "checkout"},
        {"PAY", "Currency rates stale for 40 minutes", "Medium", "fx"},
        {"PAY", "Payout batch stuck in pending", "High", "payouts"},
        {"PAY", "Fraud rules blocked legitimate traffic from one region", "High", "risk"},
        {"PAY", "Invoice emails sent with wrong totals", "Medium", "billing"},
        {"PAY", "Webhook deliveries retried in a tight loop", "Medium", "webhooks"},
        {"PAY", "Reconciliation report missing one merchant", "Low", "settlement"},
        {"WEB", "Login page blank in Safari after release", "Highest", "frontend"},
        {"WEB", "Search results empty for queries with accents", "High", "search"},
        {"WEB", "Image uploads failing above 5 MB", "Medium", "media"},
        {"WEB", "Session cookies dropped behind new load balancer", "High", "edge"},
        {"WEB", "Homepage response time above 4 seconds", "Medium", "frontend"},
        {"WEB", "Password reset links expired immediately", "High", "accounts"},
        {"WEB", "Newsletter sign-up form posting to old endpoint", "Low", "marketing"},
        {"WEB", "Sitemap generation job timing out", "Low", "seo"},
    };
    private static final String[] PEOPLE = {"alice", "bob", "carol", "admin"};
    private static final int STILL_OPEN = 3;

    private DemoSeed() {}

    /** Creates users, projects, rights and incidents; returns the incidents, oldest first. */
    static List<SandboxIssue> load(HostServices host) {
        {
            SandboxUsers users = host.users();
            users.create("admin", "Ada Admin", "admin", true);
            users.create("alice", "Alice Anders", "alice", false);
            users.create("bob", "Bob Brown", "bob", false);
            users.create("carol", "Carol Chen", "carol", false);
            users.createProject("OPS", "Operations");
            users.createProject("PAY", "Payments");
            users.createProject("WEB", "Website");
            for (String project : List.of("OPS", "PAY", "WEB")) {
                users.grant("alice", project, SandboxUsers.Level.EDIT);
                users.grant("bob", project, SandboxUsers.Level.BROWSE);
                if (!project.equals("PAY")) {
                    users.grant("carol", project, SandboxUsers.Level.EDIT);
                }
            }
            return incidents(host);
        }
    }

    /**
     * The n-th seeded person who may work in the project: as in Jira, no one reports or is assigned an issue of a
     * project they cannot browse (carol has no PAY), so admin stands in.
     */
    private static String person(String project, int n) {
        String person = PEOPLE[n % PEOPLE.length];
        return project.equals("PAY") && person.equals("carol") ? "admin" : person;
    }

    private static List<SandboxIssue> incidents(HostServices host) {
        Instant now = host.clock().instant();
        List<SandboxIssue> created = new ArrayList<>();
        for (int i = 0; i < INCIDENTS.length; i++) {
            String[] spec = INCIDENTS[i];
            int order = i % 12 * 3 + i / 12;
            // spread over ~60 days, oldest first, at varied hours
            Instant start = now.minus(Duration.ofDays(60 - order * 60L / 36)).minus(Duration.ofMinutes(37L * i % 600));
            boolean open = i % 12 == 11 && i / 12 < STILL_OPEN || i == INCIDENTS.length - 1;
            NewIssue.Builder issue = NewIssue.of(spec[0], SandboxIssue.INCIDENT, spec[1], start)
                    .reportedBy(person(spec[0], i))
                    .assignedTo(person(spec[0], i + 1))
                    .priority(spec[2])
                    .component(spec[3]);
            if (!open) {
                issue.resolvedAt(start.plus(Duration.ofMinutes(18 + 41L * i % 280)));
            }
            created.add(host.issues().create(issue.build()));
        }
        host.issues()
                .create(NewIssue.of(
                                "OPS",
                                SandboxIssue.TASK,
                                "Document the on-call hand-over",
                                now.minus(Duration.ofDays(20)))
                        .reportedBy("alice")
                        .assignedTo("bob")
                        .build());
        host.issues()
                .create(NewIssue.of(
                                "WEB",
                                SandboxIssue.BUG,
                                "Footer links overlap on narrow screens",
                                now.minus(Duration.ofDays(9)))
                        .reportedBy("carol")
                        .priority("Low")
                        .build());
        return created.stream()
                .sorted(java.util.Comparator.comparing(SandboxIssue::created))
                .toList();
    }
}
