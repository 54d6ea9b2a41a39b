package dev.pillid.search.ranking;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ImprintReadingTest {

    /** The scoring table as docs/api.md must show it, made from the readings themselves. */
    static String table() {
        StringBuilder table = new StringBuilder("| reading | level | score |\n|---|---|---|\n");
        for (ImprintReading reading : ImprintReading.values()) {
            table.append(reading.tableRow()).append('\n');
        }
        return table.append("| anything else | not_matched | 0 |\n").toString();
    }

    @Test
    void theApiDocsShowTheScoresTheSearchGives() throws IOException {
        String docs = Files.readString(Path.of("docs/api.md"));
        String table = table();
        assertTrue(docs.contains(table), "docs/api.md's imprint scoring table differs from ImprintReading; it should read:\n" + table);
    }

    @Test
    void aWholeImprintReadExactlyScoresAboveAnyOtherReading() {
        double exactWithOneUnreadable = ImprintReading.WHOLE.score(0) - ImprintReading.PER_UNREADABLE;
        for (ImprintReading reading : ImprintReading.values()) {
            if (reading != ImprintReading.WHOLE) {
                assertTrue(reading.score(1.0) < exactWithOneUnreadable, reading + " can reach an exact whole imprint's score");
            }
        }
    }

    @Test
    void everyWayOfTheCandidateIndexIsTheWayOfOneReading() {
        for (int way = 0; way < ImprintReading.WAYS; way++) {
            assertTrue(ImprintReading.ofWay(way).way == way, "way " + way);
        }
    }
}
