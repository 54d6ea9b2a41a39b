package dev.pillid.testing;

import dev.pillid.catalog.CatalogService;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads the whole catalog's size and checksum, and puts it back to the demo catalog after a test. */
@ApplicationScoped
public class CatalogState {

    @Inject
    AgroalDataSource database;
    @Inject
    CatalogService catalog;

    public record Snapshot(long pills, String checksum) {
    }

    /** Every stored column of every pill, in key order, hashed. */
    public Snapshot snapshot() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*), md5(coalesce(string_agg(p::text, '|' order by source, source_key), '')) "
                     + "from pill p")) {
            r.next();
            return new Snapshot(r.getLong(1), r.getString(2));
        }
    }

    public long count(String source) throws SQLException {
        try (Connection c = database.getConnection();
             var s = c.prepareStatement("select count(*) from pill where source = ?")) {
            s.setString(1, source);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Removes every imported pill, keeping the demo catalog, and lets searches see it. */
    public void resetToDemo() throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from pill where source <> 'demo'");
            s.executeUpdate("delete from import_job");
        }
        catalog.refresh();
    }
}
