package dev.pillid.bench;

import dev.pillid.catalog.PillRecord;
import org.flywaydb.core.Flyway;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * Fills a benchmark database with a catalog: the real one, or a synthetic one of some size
 * (source "synthetic"). The schema is the service's own (its Flyway migrations); whatever the
 * pill table held is replaced. For benchmark databases only.
 * <p>
 * Usage: LoadCatalog JDBC_URL real|SIZE
 */
public final class LoadCatalog {

    private LoadCatalog() {
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        String catalog = args[1];
        List<PillRecord> entries = BenchCatalogs.load(catalog);
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("truncate pill");
            }
            String insert = "insert into pill (id, source, source_key, citation, ndc9, ndc11, part_number, spl_set_id, rxcui,"
                    + " medicine_name, strength, active_ingredients, dosage_form, labeler, rx_otc, dea_schedule, imprint, colors,"
                    + " shape, size_mm, score, images) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
            try (PreparedStatement p = db.prepareStatement(insert)) {
                long id = 0;
                for (PillRecord e : entries) {
                    int c = 0;
                    p.setLong(++c, ++id);
                    p.setString(++c, e.source());
                    p.setString(++c, e.sourceKey());
                    p.setString(++c, e.citation());
                    p.setString(++c, e.ndc9());
                    p.setString(++c, e.ndc11());
                    p.setObject(++c, e.partNumber(), Types.INTEGER);
                    p.setString(++c, e.splSetId());
                    p.setString(++c, e.rxcui());
                    p.setString(++c, e.medicineName());
                    p.setString(++c, e.strength());
                    p.setArray(++c, texts(db, e.activeIngredients()));
                    p.setString(++c, e.dosageForm());
                    p.setString(++c, e.labeler());
                    p.setString(++c, e.rxOtc());
                    p.setString(++c, e.deaSchedule());
                    p.setString(++c, e.imprint());
                    p.setArray(++c, texts(db, e.colors()));
                    p.setString(++c, e.shape());
                    p.setObject(++c, e.sizeMm(), Types.DOUBLE);
                    p.setObject(++c, e.score(), Types.INTEGER);
                    p.setArray(++c, texts(db, e.images()));
                    p.addBatch();
                    if (id % 1000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            try (Statement s = db.createStatement()) {
                s.execute("select setval('pill_seq', (select coalesce(max(id), 0) + 50 from pill))");
                s.execute("update catalog_state set version = version + 1, changed_at = now()");
                s.execute("analyze pill");
            }
            db.commit();
        }
        System.out.printf("loaded %s in %.1f s%n", BenchCatalogs.describe(catalog, entries.size()), (System.nanoTime() - started) / 1e9);
    }

    private static Array texts(Connection db, List<String> values) throws SQLException {
        return db.createArrayOf("text", values.toArray());
    }
}
