package dev.pillid.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

@ApplicationScoped
public class PillRepository implements PanacheRepositoryBase<PillEntity, Long> {

    /**
     * Serialises catalog loads across every replica that shares the database, for the rest of the
     * current transaction, so that two replicas starting together load the demo catalog once.
     */
    void lockCatalogForLoading() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(7414517)").getSingleResult();
    }

    /** Raises the catalog's version, in the transaction of the change it marks. */
    void markChanged() {
        getEntityManager().createNativeQuery("update catalog_state set version = version + 1, changed_at = now() where id = 1")
                .executeUpdate();
    }

    /** How many rows are fetched at a time, and handed over together, by {@link #loadAll}. */
    static final int LOAD_BATCH = 2000;

    /**
     * Every pill in id order, read with plain JDBC in one pass and handed over in batches of
     * {@value #LOAD_BATCH} as they arrive, so that the in-memory catalog can be built from the
     * first ones while the rest are read. The catalog is rebuilt from this at start and after every
     * change, and at 100,000 pills managed entities would cost seconds (a persistence context,
     * copies for dirty checking) for rows that are only read.
     */
    void loadAll(Consumer<List<PillRecord>> batches) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, medicine_name, strength, active_ingredients,"
                    + " dosage_form, labeler, rx_otc, dea_schedule, ndc9, ndc11, part_number, spl_set_id, rxcui, imprint, colors,"
                    + " shape, size_mm, score, images, source, citation, loaded_at from pill order by id")) {
                select.setFetchSize(LOAD_BATCH);
                try (ResultSet row = select.executeQuery()) {
                    List<PillRecord> batch = new ArrayList<>(LOAD_BATCH);
                    while (row.next()) {
                        batch.add(new PillRecord(row.getLong("id"), row.getString("medicine_name"), row.getString("strength"),
                                texts(row.getArray("active_ingredients")), row.getString("dosage_form"), row.getString("labeler"),
                                row.getString("rx_otc"), row.getString("dea_schedule"), row.getString("ndc9"), row.getString("ndc11"),
                                row.getObject("part_number", Integer.class), row.getString("spl_set_id"), row.getString("rxcui"),
                                row.getString("imprint"), texts(row.getArray("colors")), row.getString("shape"),
                                row.getObject("size_mm", Double.class), row.getObject("score", Integer.class),
                                texts(row.getArray("images")), row.getString("source"), row.getString("citation"),
                                row.getObject("loaded_at", OffsetDateTime.class)));
                        if (batch.size() == LOAD_BATCH) {
                            batches.accept(batch);
                            batch = new ArrayList<>(LOAD_BATCH);
                        }
                    }
                    if (!batch.isEmpty()) {
                        batches.accept(batch);
                    }
                }
            }
        });
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** The catalog's version: it rises with every committed change, from any replica. */
    long version() {
        return ((Number) getEntityManager().createNativeQuery("select version from catalog_state where id = 1")
                .getSingleResult()).longValue();
    }
}
