// A local Neo4j Community server for development, tests and benchmarks, run
// straight from source: java -cp <classpath> scripts/neo4j/LocalNeo4j.java
// (scripts/neo4j/launch.mjs resolves the classpath from pom.xml with Maven).
//
// Options (flags win over environment variables):
//   --bolt-port N   NEO4J_BOLT_PORT   (7687)
//   --http-port N   NEO4J_HTTP_PORT   (7474; 0 disables HTTP and Browser)
//   --data-dir DIR  NEO4J_DATA_DIR    (.neo4j/data)
//   --browser-post-connect CMDS  what Neo4j Browser runs once connected
//                   (browser.post_connect_cmd: `style URL; guide URL`)
//   --browser-allowlist HOSTS    hosts Browser may load guides and styles from
//                   (browser.remote_content_hostname_allowlist; default 127.0.0.1,localhost)
//   --stop-on-stdin-eof  also stop when standard input closes
//   password        NEO4J_PASSWORD    (required, at least 8 characters; user is neo4j)
//
// Prints "LocalNeo4j ready bolt://127.0.0.1:PORT" once Bolt accepts connections.
// Stops on SIGINT/SIGTERM; launch.mjs passes --stop-on-stdin-eof so that a parent
// process that dies (a crashed test run) does not leave a server behind.
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.server.configuration.ServerSettings;

public class LocalNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final String OFFLINE_CONTENT_POLICY = String.join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self' ws://127.0.0.1:* ws://localhost:* http://127.0.0.1:* http://localhost:*",
        "base-uri 'none'",
        "object-src 'none'",
        "frame-ancestors 'none'");

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        int boltPort = Integer.parseInt(option(args, "--bolt-port", env.getOrDefault("NEO4J_BOLT_PORT", "7687")));
        int httpPort = Integer.parseInt(option(args, "--http-port", env.getOrDefault("NEO4J_HTTP_PORT", "7474")));
        Path home = Path.of(option(args, "--data-dir", env.getOrDefault("NEO4J_DATA_DIR", ".neo4j/data"))).toAbsolutePath();
        String password = env.get("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("LocalNeo4j: set NEO4J_PASSWORD (at least 8 characters) for the neo4j user");
            System.exit(2);
        }
        Files.createDirectories(home);

        long started = System.nanoTime();
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // Modest memory: CI has 2 cores and runs other suites beside this one.
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
            // Transaction logs are not needed for recovery beyond the last checkpoint here.
            .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, boltPort))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, boltPort))
            .setConfig(HttpConnector.enabled, httpPort > 0);
        if (httpPort > 0) {
            builder.setConfig(HttpConnector.listen_address, new SocketAddress(HOST, httpPort))
                .setConfig(HttpConnector.advertised_address, new SocketAddress(HOST, httpPort))
                // Browser works offline: no usage reports, and guides and styles come
                // only from this machine (the project's guide server), never the Internet.
                .setConfig(ServerSettings.allow_telemetry, false)
                // Browser on Community loads web fonts, a feedback widget and an analytics
                // script from the Internet whatever its settings say; this page policy
                // keeps it to this machine (its Bolt websocket and the guide server).
                .setConfig(ServerSettings.http_static_content_security_policy, OFFLINE_CONTENT_POLICY)
                .setConfig(ServerSettings.browser_remote_content_hostname_whitelist,
                    option(args, "--browser-allowlist", "127.0.0.1,localhost"))
                .setConfig(ServerSettings.browser_post_connect_cmd, option(args, "--browser-post-connect", ""));
        }
        DatabaseManagementService dbms = builder.build();

        // The environment is the source of truth for the password, also on an
        // existing data directory; embedded transactions on the system database
        // run with full rights, so no initial "neo4j" password change is needed.
        try {
            dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException failure) {
            // Neo4j refuses to "change" a password to the one it already has: that is fine.
            if (!String.valueOf(failure.getMessage()).contains("Old password and new password cannot be the same")) {
                System.err.println("LocalNeo4j: could not set the neo4j password: " + failure.getMessage());
                dbms.shutdown();
                System.exit(1);
            }
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "local-neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        long millis = (System.nanoTime() - started) / 1_000_000;
        String http = httpPort > 0 ? " http://" + HOST + ":" + httpPort + "/browser/" : "";
        System.out.println("LocalNeo4j ready bolt://" + HOST + ":" + boltPort + http + " in " + millis + " ms (data " + home + ")");
        System.out.flush();

        if (java.util.Arrays.asList(args).contains("--stop-on-stdin-eof")) {
            waitForStdinClose(System.in);
            System.exit(0);
        }
        stopped.await();
    }

    private static void waitForStdinClose(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException closed) {
            // A broken pipe means the parent is gone: stop like on EOF.
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
