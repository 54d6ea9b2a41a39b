package dev.pillid.search.color;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pillid.catalog.Vocabularies;
import dev.pillid.search.Hit;
import dev.pillid.search.PillDocument;
import dev.pillid.search.SearchIndex;
import dev.pillid.search.SearchQuery;
import dev.pillid.search.SearchResult;
import dev.pillid.search.VocabularyTerm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Colour phrases nobody listed land on the right SPL colours. Each line is a phrase and, for each
 * colour of the query it should give (two for a two-tone phrase, parted by ';'), the SPL colours
 * that should rank first or second when a pill of every SPL colour is searched with it. The
 * expectations are written from the colour values of data/vocabularies/color-words.json (what
 * colour the phrase's words describe, moved as its modifiers say), not from running the reader.
 */
class ColorPhrasesTest {

    static final ColorPhraseReader READER = Vocabularies.bundled(new ObjectMapper()).colorPhrases();

    static final String PHRASES = """
            aliceblue | WHITE
            antique white | WHITE
            azure | WHITE
            blue violet | PURPLE
            burlywood | BROWN
            cadet blue | TURQUOISE
            chartreuse | GREEN
            chocolate | BROWN ORANGE
            cornflower blue | BLUE
            cornsilk | WHITE
            dark cyan | TURQUOISE
            dark gray | GRAY
            dark magenta | PURPLE
            dark olive green | GREEN
            dark orchid | PURPLE
            dark salmon | PINK ORANGE
            dark sea green | GREEN
            dark slate blue | BLUE PURPLE
            dark slate gray | GRAY
            dark violet | PURPLE
            deep pink | PINK
            deep sky blue | BLUE
            dim gray | GRAY
            dodger blue | BLUE
            firebrick | RED
            floral white | WHITE
            forest green | GREEN
            gainsboro | GRAY WHITE
            ghost white | WHITE
            goldenrod | YELLOW
            green yellow | GREEN
            honeydew | WHITE
            hot pink | PINK
            indian red | RED
            indigo | PURPLE
            lawn green | GREEN
            lemon chiffon | YELLOW WHITE
            light coral | PINK
            light goldenrod yellow | YELLOW WHITE
            light salmon | ORANGE PINK
            light sea green | TURQUOISE
            light sky blue | BLUE
            light slate gray | GRAY
            light steel blue | BLUE
            lime green | GREEN
            linen | WHITE
            medium aquamarine | TURQUOISE GREEN
            medium orchid | PURPLE
            medium purple | PURPLE
            medium sea green | GREEN
            medium slate blue | PURPLE BLUE
            medium spring green | GREEN
            medium violet red | PINK
            midnight blue | BLUE
            mint cream | WHITE
            misty rose | PINK WHITE
            old lace | WHITE
            olive drab | GREEN
            orange red | RED ORANGE
            orchid | PURPLE PINK
            pale goldenrod | YELLOW
            pale turquoise | TURQUOISE
            pale violet red | PINK
            peach puff | ORANGE
            peru | BROWN
            powder blue | BLUE
            rebecca purple | PURPLE
            saddle brown | BROWN
            sandy brown | ORANGE BROWN
            seashell | WHITE
            sienna | BROWN
            slate blue | PURPLE BLUE
            slate gray | GRAY
            spring green | GREEN
            steel blue | BLUE
            thistle | PURPLE
            tomato | ORANGE
            white smoke | WHITE
            yellow green | GREEN
            buff | YELLOW
            rust | BROWN
            wine | RED
            amber | YELLOW ORANGE
            copper | BROWN ORANGE
            bronze | BROWN ORANGE
            tangerine | ORANGE
            sage | GREEN
            emerald | GREEN
            jade | GREEN
            cobalt | BLUE
            sapphire | BLUE
            periwinkle | BLUE PURPLE
            grape | PURPLE
            eggplant | PURPLE
            raspberry | RED PINK
            cherry | RED
            ruby | RED
            coffee | BROWN
            chestnut | BROWN
            ochre | ORANGE BROWN
            sand | BROWN
            taupe | BROWN GRAY
            pearl | WHITE
            eggshell | WHITE
            bone | WHITE
            canary | YELLOW
            banana | YELLOW
            avocado | GREEN
            moss | GREEN
            pistachio | GREEN
            baby blue | BLUE
            cerulean | BLUE
            denim | BLUE
            blush | PINK
            baby pink | PINK
            terracotta | ORANGE
            gunmetal | BLACK GRAY
            pewter | GRAY
            ash | GRAY
            jet | BLACK
            onyx | BLACK
            brick | RED
            pale blue | BLUE
            deep blue | BLUE
            bright blue | BLUE
            dull blue | BLUE
            faint blue | BLUE
            very light blue | BLUE
            very dark blue | BLUE
            pastel blue | BLUE
            muted blue | BLUE
            mid blue | BLUE
            dark yellow | YELLOW
            deep yellow | YELLOW
            bright yellow | YELLOW
            faint yellow | WHITE YELLOW
            dull yellow | YELLOW
            very pale yellow | YELLOW WHITE
            pastel yellow | YELLOW
            pale green | GREEN
            deep green | GREEN
            bright green | GREEN
            dull green | GREEN
            medium green | GREEN
            faint green | GREEN
            pastel green | GREEN
            vivid green | GREEN
            light red | PINK RED
            deep red | RED
            bright red | RED
            dull red | RED
            pale pink | PINK
            bright pink | PINK
            faint pink | PINK WHITE
            dusty pink | PINK
            pastel pink | PINK
            soft pink | PINK
            dusty rose | PINK
            pale orange | ORANGE
            deep orange | ORANGE
            bright orange | ORANGE
            dull orange | ORANGE BROWN
            light purple | PURPLE
            pale purple | PURPLE
            dark purple | PURPLE
            deep purple | PURPLE
            bright purple | PURPLE
            dull purple | PURPLE
            pastel purple | PURPLE
            pale brown | BROWN
            deep brown | BROWN
            medium brown | BROWN
            very dark brown | BROWN
            pale grey | GRAY WHITE
            medium gray | GRAY
            charcoal grey | GRAY BLACK
            light turquoise | TURQUOISE
            deep turquoise | TURQUOISE
            light teal | TURQUOISE
            dark teal | TURQUOISE
            light aqua | TURQUOISE
            light peach | ORANGE
            pale peach | ORANGE
            dark peach | ORANGE
            light tan | BROWN
            dark tan | BROWN
            light lavender | WHITE
            light navy | BLUE
            dark navy | BLUE
            deep burgundy | RED
            light burgundy | RED
            pale lilac | WHITE
            light lilac | PURPLE
            light mint | GREEN
            pale mint | GREEN
            light cream | WHITE
            pale ivory | WHITE
            dark charcoal | BLACK
            light maroon | RED
            pale gold | YELLOW
            dark gold | YELLOW
            bluish | BLUE
            greenish | GREEN
            yellowish | YELLOW
            reddish | RED
            pinkish | PINK
            greyish | GRAY
            grayish | GRAY
            purplish | PURPLE
            brownish | BROWN
            orangish | ORANGE
            whitish | WHITE
            blackish | BLACK
            blue-ish | BLUE
            bluish green | GREEN TURQUOISE
            bluish-green | GREEN TURQUOISE
            greenish blue | BLUE TURQUOISE
            yellowish green | GREEN
            greenish yellow | YELLOW GREEN
            reddish brown | BROWN RED
            brownish red | RED BROWN
            reddish orange | ORANGE
            orangish red | RED ORANGE
            pinkish red | RED PINK
            reddish pink | PINK RED
            purplish blue | BLUE PURPLE
            bluish purple | PURPLE BLUE
            pinkish purple | PURPLE PINK
            purplish pink | PINK PURPLE
            greyish blue | BLUE GRAY
            bluish grey | GRAY BLUE
            greyish green | GREEN
            greenish grey | GREEN
            yellowish brown | BROWN YELLOW
            brownish yellow | YELLOW
            yellowish orange | ORANGE YELLOW
            orangish yellow | YELLOW ORANGE
            yellowish white | WHITE YELLOW
            pinkish white | WHITE PINK
            bluish white | WHITE
            greyish white | WHITE GRAY
            brownish black | BLACK BROWN
            blue green | TURQUOISE
            green blue | TURQUOISE
            yellow orange | YELLOW ORANGE
            yellow-orange | YELLOW ORANGE
            orange yellow | YELLOW ORANGE
            red orange | RED ORANGE
            red-orange | RED ORANGE
            blue purple | BLUE PURPLE
            purple-blue | BLUE PURPLE
            red-brown | BROWN RED
            brown red | BROWN RED
            pink-orange | PINK ORANGE
            orange pink | PINK ORANGE
            pink purple | PINK PURPLE
            purple pink | PINK PURPLE
            blue gray | BLUE GRAY
            gray-blue | BLUE GRAY
            green-gray | GREEN
            gray green | GREEN
            brown-orange | BROWN ORANGE
            orange brown | BROWN ORANGE
            yellow-brown | BROWN YELLOW
            pink white | PINK WHITE
            light blue-green | TURQUOISE
            dark blue-green | TURQUOISE
            pale blue-green | TURQUOISE
            teal blue | TURQUOISE BLUE
            blue and white | BLUE ; WHITE
            blue/white | BLUE ; WHITE
            white with blue | WHITE ; BLUE
            half blue half white | BLUE ; WHITE
            red and yellow | RED ; YELLOW
            pink & white | PINK ; WHITE
            light blue and white | BLUE ; WHITE
            orange and white | ORANGE ; WHITE
            yellow + blue | YELLOW ; BLUE
            white with red | WHITE ; RED
            half pink half purple | PINK ; PURPLE
            blue and bluish green | BLUE ; GREEN TURQUOISE
            peach and white | ORANGE ; WHITE
            white w/ blue | WHITE ; BLUE
            light peach/ivory | ORANGE ; WHITE
            grey and maroon | GRAY ; RED
            lavender and white | PURPLE ; WHITE
            turquoise with yellow | TURQUOISE ; YELLOW
            black and green | BLACK ; GREEN
            half red half white | RED ; WHITE
            caramel and cream | BROWN ; WHITE
            navy/white | BLUE ; WHITE
            pale pink and dark red | PINK ; RED
            """;

    static final List<String> SPL = List.of("BLACK", "BLUE", "BROWN", "GRAY", "GREEN", "ORANGE", "PINK", "PURPLE", "RED", "TURQUOISE",
            "WHITE", "YELLOW");

    /** One pill of each SPL colour, alike in all else. */
    static final SearchIndex ONE_OF_EACH;

    static {
        List<PillDocument> pills = new ArrayList<>();
        for (int i = 0; i < SPL.size(); i++) {
            pills.add(PillDocument.of(i + 1, null, List.of("Pill " + SPL.get(i)), List.of(SPL.get(i)), "ROUND", null, null));
        }
        ONE_OF_EACH = new SearchIndex(pills);
    }

    @Test
    void everyPhraseRanksItsSplColoursFirstOrSecond() {
        List<String> lines = PHRASES.lines().filter(line -> !line.isBlank()).toList();
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            String phrase = line.substring(0, line.indexOf('|')).strip();
            List<List<String>> expected = java.util.Arrays.stream(line.substring(line.indexOf('|') + 1).split(";"))
                    .map(colours -> List.of(colours.strip().split("\\s+"))).toList();
            ColorReading reading = READER.read(List.of(phrase));
            if (reading.colors().size() != expected.size()) {
                failures.add(phrase + ": read as " + reading.colors().size() + " colours, not " + expected.size() + " " + reading.words());
                continue;
            }
            for (int c = 0; c < expected.size(); c++) {
                List<String> ranked = ranking(reading.terms().get(c));
                for (String spl : expected.get(c)) {
                    int rank = rank(reading.terms().get(c), spl);
                    if (rank > 2) {
                        failures.add(phrase + (expected.size() > 1 ? " (colour " + (c + 1) + ")" : "") + ": " + spl + " ranks " + rank
                                + "; " + reading.colors().get(c).hex() + " " + ranked);
                    }
                }
            }
        }
        assertTrue(lines.size() >= 150, lines.size() + " phrases");
        assertEquals(List.of(), failures, failures.size() + " of " + lines.size() + " phrases");
    }

    /** Where the pill of {@code spl} ranks among the pills of every SPL colour searched by this colour: 1 + the pills ahead of it. */
    static int rank(VocabularyTerm colour, String spl) {
        SearchResult result = ONE_OF_EACH.search(new SearchQuery(null, List.of(colour), null, null, null, null), SPL.size(), 0, false);
        double relevance = -1;
        for (Hit hit : result.page()) {
            if (hit.best().pill().colors().equals(List.of(spl))) {
                relevance = hit.best().relevance();
            }
        }
        if (relevance < 0) {
            return SPL.size() + 1;
        }
        int ahead = 0;
        for (Hit hit : result.page()) {
            if (hit.best().relevance() > relevance) {
                ahead++;
            }
        }
        return ahead + 1;
    }

    /** The SPL colours in the order the search ranks their pills, with relevance: for failure messages. */
    static List<String> ranking(VocabularyTerm colour) {
        SearchResult result = ONE_OF_EACH.search(new SearchQuery(null, List.of(colour), null, null, null, null), 4, 0, false);
        return result.page().stream().map(hit -> hit.best().pill().colors().get(0) + " "
                + String.format(java.util.Locale.ROOT, "%.2f", hit.best().relevance())).toList();
    }
}
