package dev.pillid.quality;

import dev.pillid.bench.BenchCatalogs;
import dev.pillid.catalog.Vocabularies;
import dev.pillid.search.CriterionMatch;
import dev.pillid.search.Hit;
import dev.pillid.search.PillDocument;
import dev.pillid.search.SearchQuery;
import dev.pillid.search.SearchResult;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A fingerprint of the search's answers: every evaluation query of every kind, asked on a catalog,
 * its first two pages (grouped by product, as the API answers by default) and its first page
 * ungrouped, written out whole (pills, relevance, each criterion's level, score and reason, the
 * other pills of the product, confidence, total) and hashed. A change to the search that should
 * not change any answer (a refactoring, a speed-up) leaves every digest the same.
 * <p>
 * Usage: AnswerDigest real|SIZE... (a size is a synthetic catalog, {@link BenchCatalogs}).
 */
public final class AnswerDigest {

    static final int PAGE = 20;

    private AnswerDigest() {
    }

    public static void main(String[] args) throws Exception {
        for (String catalog : args.length == 0 ? new String[] {"real"} : args) {
            List<PillDocument> pills = SearchQualityHarness.documents(BenchCatalogs.load(catalog));
            SearchQualityHarness harness = SearchQualityHarness.of(pills, Vocabularies.bundled(new ObjectMapper()));
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            int queries = 0;
            for (SearchQualityHarness.Kind kind : SearchQualityHarness.Kind.values()) {
                MessageDigest ofKind = MessageDigest.getInstance("SHA-256");
                int ofThisKind = 0;
                for (SearchQuery query : harness.queries(kind, SearchQualityTest.SEED, 0).values()) {
                    byte[] answer = answer(harness, query).getBytes(StandardCharsets.UTF_8);
                    ofKind.update(answer);
                    all.update(answer);
                    ofThisKind++;
                }
                queries += ofThisKind;
                System.out.printf(Locale.ROOT, "%s %-20s %6d queries  %s%n", catalog, kind, ofThisKind,
                        HexFormat.of().formatHex(ofKind.digest()).substring(0, 16));
            }
            System.out.printf(Locale.ROOT, "%s %-20s %6d queries  %s%n", catalog, "ALL", queries, HexFormat.of().formatHex(all.digest()));
        }
    }

    /** The query's answers as text: two grouped pages and one ungrouped. */
    static String answer(SearchQualityHarness harness, SearchQuery query) {
        // Written field by field: a vocabulary term's own text holds maps whose order changes from run to run.
        StringBuilder out = new StringBuilder().append(query.imprint()).append(" colours");
        query.colors().forEach(colour -> out.append(' ').append(colour.name()));
        out.append(" shape ").append(query.shape() == null ? null : query.shape().name()).append(" size ").append(query.sizeMm())
                .append(" score ").append(query.score()).append(" name ").append(query.name()).append(" ndc ").append(query.ndc())
                .append('\n');
        write(out, harness.index().search(query, PAGE, 0, true));
        write(out, harness.index().search(query, PAGE, PAGE, true));
        write(out, harness.index().search(query, PAGE, 0, false));
        return out.toString();
    }

    private static void write(StringBuilder out, SearchResult result) {
        out.append("total ").append(result.total()).append('\n');
        for (Hit hit : result.page()) {
            out.append(hit.best().pill().id()).append(' ').append(hit.best().relevance()).append(' ').append(hit.confidence());
            for (CriterionMatch match : hit.best().matches()) {
                out.append(" | ").append(match.criterion()).append(' ').append(match.level()).append(' ').append(match.score())
                        .append(' ').append(match.explanation());
            }
            out.append(" | same");
            for (PillDocument other : hit.sameProduct()) {
                out.append(' ').append(other.id());
            }
            out.append('\n');
        }
    }
}
