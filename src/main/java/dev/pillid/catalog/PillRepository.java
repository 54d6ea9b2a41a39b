package dev.pillid.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

    /**
     * Raises the catalog's version, in the transaction of the change it marks, at the end of the
     * change (now() would be the transaction's start, before the pills it stored were loaded).
     */
    void markChanged() {
        getEntityManager().createNativeQuery("update catalog_state set version = version + 1, changed_at = clock_timestamp() where id = 1")
                .executeUpdate();
    }

    /** How many rows are fetched at a time, and handed over together, by {@link #loadAll}. */
    static final int LOAD_BATCH = 2000;

    /**
     * Every pill in id order, read with plain JDBC in one pass and handed over in batches of
     * {@value #LOAD_BATCH} records, so that the in-memory catalog can be built from the first ones
     * while the rest are read. The driver fetches that many rows at a time only inside a
     * transaction (a cursor); outside one, every row arrives before the first is handed over.
     * Plain JDBC rather than entities: the catalog is rebuilt from this at start and after every
     * change, and managed entities would add a persistence context and copies for dirty checking
     * for rows that are only read.
     */
    void loadAll(Consumer<List<PillRecord>> batches) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, source, source_key, citation, medicine_name,"
                    + " strength, active_ingredients::text, dosage_form, labeler, rx_otc, dea_schedule, ndc9, ndc11, part_number,"
                    + " spl_set_id, rxcui, imprint, colors::text, shape, size_mm, score, images::text, loaded_at from pill order by id")) {
                select.setFetchSize(LOAD_BATCH);
                try (ResultSet row = select.executeQuery()) {
                    List<PillRecord> batch = new ArrayList<>(LOAD_BATCH);
                    while (row.next()) {
                        batch.add(new PillRecord(row.getLong("id"), row.getString("source"), row.getString("source_key"),
                                row.getString("citation"), row.getString("medicine_name"), row.getString("strength"),
                                texts(row.getString("active_ingredients")), row.getString("dosage_form"), row.getString("labeler"),
                                row.getString("rx_otc"), row.getString("dea_schedule"), row.getString("ndc9"), row.getString("ndc11"),
                                row.getObject("part_number", Integer.class), row.getString("spl_set_id"), row.getString("rxcui"),
                                row.getString("imprint"), texts(row.getString("colors")), row.getString("shape"),
                                row.getObject("size_mm", Double.class), row.getObject("score", Integer.class),
                                texts(row.getString("images")), row.getObject("loaded_at", OffsetDateTime.class)));
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

    /**
     * The elements of a one-dimensional {@code text[]} as PostgreSQL writes it as text:
     * {@code {WHITE,"LIGHT BLUE",NULL}}. An element is in double quotes when it is empty, has
     * braces, commas, quotes, backslashes or white space, or reads NULL, and then a backslash
     * escapes the next character; an unquoted NULL is a null element; an array whose index does
     * not start at 1 has its bounds first ({@code [0:1]={a,b}}). Read so rather than through
     * {@code ResultSet.getArray}, which looks up the array's type at every call, for three arrays
     * of every pill at every start.
     *
     * @throws SQLException when the text is not such an array
     */
    static List<String> texts(String array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        int start = 0;
        if (array.startsWith("[")) {
            // An array whose index does not start at 1 is written with its bounds first: [0:1]={a,b}.
            int bounds = array.indexOf("]=");
            if (bounds < 0 || array.indexOf('[', 1) >= 0 && array.indexOf('[', 1) < bounds) {
                throw notAnArray(array);
            }
            start = bounds + 2;
        }
        int end = array.length() - 1;
        if (end < start + 1 || array.charAt(start) != '{' || array.charAt(end) != '}') {
            throw notAnArray(array);
        }
        List<String> elements = new ArrayList<>();
        if (end == start + 1) {
            return elements;
        }
        int at = start + 1;
        while (true) {
            if (at < end && array.charAt(at) == '"') {
                StringBuilder element = new StringBuilder();
                at++;
                while (at < end && array.charAt(at) != '"') {
                    if (array.charAt(at) == '\\') {
                        at++;
                    }
                    if (at < end) {
                        element.append(array.charAt(at++));
                    }
                }
                if (at >= end) {
                    throw notAnArray(array);
                }
                at++;
                elements.add(element.toString());
            } else {
                int from = at;
                while (at < end && array.charAt(at) != ',') {
                    char c = array.charAt(at++);
                    if (c == '"' || c == '\\' || c == '{' || c == '}') {
                        throw notAnArray(array);
                    }
                }
                String element = array.substring(from, at);
                if (element.isEmpty()) {
                    throw notAnArray(array);
                }
                elements.add(element.equals("NULL") ? null : element);
            }
            if (at == end) {
                return elements;
            }
            if (array.charAt(at) != ',') {
                throw notAnArray(array);
            }
            at++;
        }
    }

    private static SQLException notAnArray(String text) {
        return new SQLException("not a one-dimensional text array: " + (text.length() > 80 ? text.substring(0, 80) + "..." : text));
    }

    /** The catalog's version: it rises with every committed change, from any replica. */
    long version() {
        return ((Number) getEntityManager().createNativeQuery("select version from catalog_state where id = 1")
                .getSingleResult()).longValue();
    }

    /** The catalog's version and when it last changed. */
    record State(long version, OffsetDateTime changedAt) {
    }

    State state() {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select version, changed_at from catalog_state where id = 1");
                 ResultSet row = select.executeQuery()) {
                row.next();
                return new State(row.getLong(1), row.getObject(2, OffsetDateTime.class));
            }
        });
    }
}
