package dev.pillid.sync;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * One sync at a time across all replicas: a PostgreSQL session advisory lock, held by a connection
 * of its own for as long as the run lasts. The connection is not the pool's, so that closing it
 * really ends the session: a replica that stops, or loses its database, gives the lock up with it,
 * and the next run can go on (the catalog's loading uses a transaction advisory lock the same way).
 */
@ApplicationScoped
class SyncLock {

    private static final Logger LOG = Logger.getLogger(SyncLock.class);
    /** Beside the catalog's loading lock (7414517, PillRepository). */
    static final long KEY = 7414518;

    private final Config config;
    private final AgroalDataSource pool;

    SyncLock(Config config, AgroalDataSource pool) {
        this.config = config;
        this.pool = pool;
    }

    /** The lock, held until closed; empty when another run holds it. */
    Optional<Held> tryAcquire() throws SQLException {
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        Connection c = DriverManager.getConnection(url, user, password);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
            r.next();
            if (r.getBoolean(1)) {
                return Optional.of(new Held(c));
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        c.close();
        return Optional.empty();
    }

    /** Whether some replica holds the lock now (a run row left running by a holder that is gone is not under way). */
    boolean heldAnywhere() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select exists (select 1 from pg_locks where locktype = 'advisory' and granted "
                     + "and classid = " + (KEY >>> 32) + " and objid = " + (KEY & 0xFFFFFFFFL) + " and objsubid = 1)")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /** The held lock; closing it ends its session. */
    static final class Held implements AutoCloseable {
        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                try (Statement s = connection.createStatement()) {
                    s.execute("select pg_advisory_unlock(" + KEY + ")");
                }
            } catch (SQLException e) {
                LOG.debugf("sync lock: its session ended without an unlock (%s); the database released it", e.getMessage());
            }
        }
    }
}
