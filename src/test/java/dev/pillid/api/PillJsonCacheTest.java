package dev.pillid.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.pillid.catalog.PillRecord;
import dev.pillid.images.PhotoCredit;
import dev.pillid.images.PhotoLinks;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pill's JSON kept from one answer is written in the next exactly as its DTO would be. */
class PillJsonCacheTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** A pill in an answer, with a field after it, as in a search result. */
    record Answer(int rank, PillJson pill, String after) {
    }

    private static PillRecord pill(long id, String strength, String labeler) {
        return new PillRecord("demo", "lipitor-" + id, "DailyMed \"Lipitor\" label", "Lipitor", strength, List.of("ATORVASTATIN CALCIUM"),
                "TABLET, FILM COATED", labeler, "RX", null, "0071-0155", "0071-0155-23", null, null, "617310", "PD;155;10",
                List.of("WHITE"), "OVAL", 9.5, 1, List.of("lipitor.jpg"))
                .stored(id, OffsetDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneOffset.UTC));
    }

    private String written(PillJsonCache cache, PillRecord pill, List<PhotoLinks.Photo> photos) throws Exception {
        return json.writeValueAsString(new Answer(1, cache.of(pill, photos), "next"));
    }

    private String expected(PillRecord pill, List<PhotoLinks.Photo> photos) throws Exception {
        return json.writeValueAsString(new Answer(1, PillJson.of(PillDto.of(pill, photos, false)), "next"));
    }

    @Test
    void aKeptPillIsWrittenAsItsDtoWithTheUrlsOfEachAnswer() throws Exception {
        PillJsonCache cache = new PillJsonCache(json, 1 << 20);
        PillRecord lipitor = pill(1, "10 mg", "Parke-Davis Div of Pfizer Inc");
        List<PhotoLinks.Photo> here = List.of(new PhotoLinks.Photo("http://localhost:8080/v1/images/lipitor.jpg",
                "http://localhost:8080/v1/images/lipitor.jpg?width=120", PhotoCredit.RXIMAGE));
        List<PhotoLinks.Photo> elsewhere = List.of(
                new PhotoLinks.Photo("https://pills.example.org/v1/images/lipitor.jpg", "https://pills.example.org/v1/images/lipitor.jpg", null),
                new PhotoLinks.Photo("https://example.org/a\"b\\c é", "https://example.org/a\"b\\c é?width=120", PhotoCredit.DAILYMED));
        assertEquals(expected(lipitor, here), written(cache, lipitor, here));
        assertEquals(1, cache.size());
        assertEquals(expected(lipitor, elsewhere), written(cache, lipitor, elsewhere), "kept, with other URLs");
        assertEquals(expected(lipitor, List.of()), written(cache, lipitor, List.of()), "kept, without a photo");
        assertEquals(1, cache.size());
    }

    @Test
    void aChangedRecordIsWrittenAnew() throws Exception {
        PillJsonCache cache = new PillJsonCache(json, 1 << 20);
        written(cache, pill(1, "10 mg", "Parke-Davis"), List.of());
        PillRecord changed = pill(1, "20 mg", "Pfizer Laboratories Div Pfizer Inc — Ñ");
        String answer = written(cache, changed, List.of());
        assertEquals(expected(changed, List.of()), answer);
        assertTrue(answer.contains("\"strength\":\"20 mg\""), answer);
    }

    @Test
    void whatIsKeptStaysWithinItsBudget() throws Exception {
        PillJsonCache cache = new PillJsonCache(json, 3_000);
        for (long id = 1; id <= 20; id++) {
            PillRecord pill = pill(id, id + " mg", "Labeler " + id);
            assertEquals(expected(pill, List.of()), written(cache, pill, List.of()));
            assertTrue(cache.size() <= 2, "kept " + cache.size() + " pills of about 1 KB in a 3 KB budget");
        }
        PillJsonCache none = new PillJsonCache(json, 0);
        PillRecord pill = pill(1, "10 mg", "Parke-Davis");
        assertEquals(expected(pill, List.of()), written(none, pill, List.of()));
        assertEquals(0, none.size());
    }
}
