package io.debrief.sandbox;

import java.util.List;

/**
 * How to run the sandbox: {@code --port N} (0 = any free port), {@code --db DIR|jdbc:postgresql://...}
 * ({@code --db-user}, {@code --db-password} for PostgreSQL), {@code --seed}, {@code --reset}, {@code --node N} (one
 * node of a cluster on a shared PostgreSQL database: its node id, and port 2990 + N - 1 unless {@code --port}).
 */
record SandboxOptions(int port, String db, String dbUser, String dbPassword, boolean seed, boolean reset, int node) {

    SandboxOptions(int port, String db, String dbUser, String dbPassword, boolean seed, boolean reset) {
        this(port, db, dbUser, dbPassword, seed, reset, 1);
    }

    static final int DEFAULT_PORT = 2990;
    static final String DEFAULT_DB = "sandbox-data";
    static final String USAGE = """
            Usage: java -jar debrief-sandbox.jar [--port N] [--db DIR|jdbc:postgresql://HOST/DB] \
            [--db-user U] [--db-password P] [--seed] [--reset] [--node N]
              --port N    listen on 127.0.0.1:N (default 2990; 0 picks a free port and prints it)
              --db ...    embedded database folder (default ./sandbox-data) or a PostgreSQL JDBC URL
              --seed      load demo users, projects and incidents into an empty database
              --reset     delete the sandbox's data first
              --node N    node N of a cluster sharing one PostgreSQL --db (default port 2990 + N - 1)""";

    static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_PORT, DEFAULT_DB, null, null, false, false);
    }

    static SandboxOptions parse(List<String> args) {
        SandboxOptions o = defaults();
        boolean portGiven = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--port" -> {
                    o = o.withPort(Integer.parseInt(value(args, ++i, arg)));
                    portGiven = true;
                }
                case "--node" -> o = o.withNode(Integer.parseInt(value(args, ++i, arg)));
                case "--db" ->
                    o = new SandboxOptions(
                            o.port, value(args, ++i, arg), o.dbUser, o.dbPassword, o.seed, o.reset, o.node);
                case "--db-user" ->
                    o = new SandboxOptions(o.port, o.db, value(args, ++i, arg), o.dbPassword, o.seed, o.reset, o.node);
                case "--db-password" ->
                    o = new SandboxOptions(o.port, o.db, o.dbUser, value(args, ++i, arg), o.seed, o.reset, o.node);
                case "--seed" -> o = new SandboxOptions(o.port, o.db, o.dbUser, o.dbPassword, true, o.reset, o.node);
                case "--reset" -> o = new SandboxOptions(o.port, o.db, o.dbUser, o.dbPassword, o.seed, true, o.node);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (o.node > 1 && !o.db.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "--node " + o.node + " shares a PostgreSQL database: give --db jdbc:postgresql://...");
        }
        if (o.node > 1 && o.reset) {
            throw new IllegalArgumentException("--reset would delete the data node 1 serves: only node 1 may reset");
        }
        return portGiven ? o : o.withPort(DEFAULT_PORT + o.node - 1);
    }

    SandboxOptions withNode(int newNode) {
        if (newNode < 1 || newNode > 9) {
            throw new IllegalArgumentException("--node must be 1-9: " + newNode);
        }
        return new SandboxOptions(port, db, dbUser, dbPassword, seed, reset, newNode);
    }

    /** The node's id in the cluster (the scheduler's claims name it). */
    String nodeId() {
        return "node" + node;
    }

    SandboxOptions withPort(int newPort) {
        if (newPort < 0 || newPort > 65535) {
            throw new IllegalArgumentException("--port must be 0-65535: " + newPort);
        }
        return new SandboxOptions(newPort, db, dbUser, dbPassword, seed, reset, node);
    }

    SandboxOptions withDb(String newDb) {
        return new SandboxOptions(port, newDb, dbUser, dbPassword, seed, reset, node);
    }

    SandboxOptions withSeed(boolean newSeed) {
        return new SandboxOptions(port, db, dbUser, dbPassword, newSeed, reset, node);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
