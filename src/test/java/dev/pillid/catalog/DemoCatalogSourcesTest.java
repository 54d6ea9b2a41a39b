package dev.pillid.catalog;

import dev.pillid.search.text.Imprint;
import dev.pillid.testing.Fixtures;
import dev.pillid.testing.SharedData;
import dev.pillid.testing.TestPhotos;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every demo record must say what its public source says: the DailyMed SPL label it cites (by set
 * id and NDC), or the NLM RxImage row of its NDC, as the fixtures made from ../shared/data hold
 * them. That its photos are RxImage's photographs is checked where ../shared/data is present.
 */
class DemoCatalogSourcesTest {

    private static final Path DEMO = Path.of("data/demo-catalog.json");

    static List<JsonNode> demoRecords() throws Exception {
        List<JsonNode> records = new ArrayList<>();
        new ObjectMapper().readTree(DEMO.toFile()).path("records").forEach(records::add);
        return records;
    }

    @Test
    void everyDemoRecordCitesItsPublicSourceAndSaysItIsDemoData() throws Exception {
        JsonNode root = new ObjectMapper().readTree(DEMO.toFile());
        assertTrue(root.path("description").asText().contains("NOT FOR CLINICAL USE"));
        List<JsonNode> records = demoRecords();
        assertTrue(records.size() >= 30 && records.size() <= 100, "30 to 100 demo records, found " + records.size());
        for (JsonNode r : records) {
            String citation = r.path("citation").asText();
            assertTrue(citation.contains("DailyMed") || citation.contains("RxImage"), r.path("key") + " cites " + citation);
        }
    }

    @Test
    void recordsFromRxImageMatchTheirRxImageRow() throws Exception {
        Map<String, CSVRecord> byNdc11 = new HashMap<>();
        try (Reader in = Files.newBufferedReader(Fixtures.RXIMAGE)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                byNdc11.putIfAbsent(row.get("image_filename").substring(0, 13), row);
            }
        }
        int checked = 0;
        for (JsonNode r : demoRecords()) {
            if (!r.path("citation").asText().contains("RxImage") || r.path("citation").asText().contains("DailyMed")) {
                continue;
            }
            CSVRecord row = byNdc11.get(r.path("ndc11").asText());
            assertNotNull(row, r.path("key") + ": its NDC is not among the RxImage rows of " + Fixtures.RXIMAGE
                    + " (src/test/scripts/make-fixtures takes the rows of every RxImage record of the demo catalog)");
            assertEquals(row.get("imprint"), r.path("imprint").asText(), r.path("key") + " imprint");
            assertEquals(List.of(row.get("color").split(",\\s*")), strings(r.path("colors")), r.path("key") + " colours");
            assertTrue(r.path("shape").asText().startsWith(row.get("shape")), r.path("key") + " shape");
            String rxNormName = row.get("pill_name").toUpperCase(Locale.ROOT);
            for (String ingredient : strings(r.path("active_ingredients"))) {
                assertTrue(rxNormName.contains(ingredient.toUpperCase(Locale.ROOT).split(" ")[0]),
                        r.path("key") + ": " + ingredient + " is not in " + rxNormName);
            }
            for (String image : strings(r.path("images"))) {
                assertEquals(row.get("image_filename").toLowerCase(Locale.ROOT), image.toLowerCase(Locale.ROOT), r.path("key") + " image");
            }
            checked++;
        }
        assertTrue(checked >= 20, "checked " + checked + " RxImage records");
    }

    @Test
    void everyDemoPhotoIsAnRxImagePhotograph() throws Exception {
        Path photographs = SharedData.require("rximage-images");
        List<String> names = TestPhotos.demoPhotoNames();
        assertFalse(names.isEmpty());
        for (String image : names) {
            assertTrue(Files.isRegularFile(photographs.resolve(image)), image + " is among the photographs of " + photographs);
        }
    }

    @Test
    void recordsFromSplLabelsMatchTheirLabel() throws Exception {
        Map<String, Document> bySetId = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Fixtures.SPL, "*.xml")) {
            for (Path file : files) {
                Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
                Element setId = (Element) doc.getElementsByTagName("setId").item(0);
                bySetId.put(setId.getAttribute("root"), doc);
            }
        }
        int checked = 0;
        for (JsonNode r : demoRecords()) {
            if (r.path("spl_set_id").isNull()) {
                continue;
            }
            Document label = bySetId.get(r.path("spl_set_id").asText());
            assertNotNull(label, r.path("key") + " cites set id " + r.path("spl_set_id") + ", not among the labels of " + Fixtures.SPL);
            Map<String, List<String>> look = r.path("part_number").isNull()
                    ? characteristicsOfProduct(label, r.path("ndc11").asText(), r.path("ndc9").asText())
                    : characteristicsOfDocument(label);
            String key = r.path("key").asText();
            assertTrue(look.getOrDefault("SPLIMPRINT", List.of()).contains(r.path("imprint").asText()), key + " imprint, label has " + look.getOrDefault("SPLIMPRINT", List.of()));
            for (String color : strings(r.path("colors"))) {
                assertTrue(look.getOrDefault("SPLCOLOR", List.of()).contains(color), key + " colour " + color + ", label has " + look.getOrDefault("SPLCOLOR", List.of()));
            }
            assertTrue(look.getOrDefault("SPLSHAPE", List.of()).contains(r.path("shape").asText()), key + " shape, label has " + look.getOrDefault("SPLSHAPE", List.of()));
            assertTrue(look.getOrDefault("SPLSIZE", List.of()).contains(String.valueOf(r.path("size_mm").asInt())), key + " size, label has " + look.getOrDefault("SPLSIZE", List.of()));
            assertTrue(look.getOrDefault("SPLSCORE", List.of()).contains(r.path("score").asText()), key + " score, label has " + look.getOrDefault("SPLSCORE", List.of()));
            checked++;
        }
        assertTrue(checked >= 15, "checked " + checked + " SPL records");
    }

    @Test
    void demoImprintsAreSearchable() throws Exception {
        for (JsonNode r : demoRecords()) {
            assertFalse(Imprint.compactSides(r.path("imprint").asText()).isEmpty(), r.path("key") + " has an imprint");
        }
    }

    /** The characteristics of the product whose package or product NDC is given: those of its nearest enclosing product. */
    private static Map<String, List<String>> characteristicsOfProduct(Document label, String ndc11, String ndc9) {
        for (String ndc : List.of(ndc11, ndc9)) {
            NodeList codes = label.getElementsByTagName("code");
            for (int i = 0; i < codes.getLength(); i++) {
                Element code = (Element) codes.item(i);
                if (!ndc.equals(code.getAttribute("code"))) {
                    continue;
                }
                for (Node n = code.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
                    Map<String, List<String>> found = directCharacteristics(e);
                    if (found.containsKey("SPLIMPRINT")) {
                        return found;
                    }
                }
            }
        }
        throw new AssertionError("no product with NDC " + ndc11 + " or " + ndc9 + " in the label");
    }

    private static Map<String, List<String>> characteristicsOfDocument(Document label) {
        return characteristics(label.getElementsByTagName("characteristic"));
    }

    private static Map<String, List<String>> directCharacteristics(Element product) {
        List<Element> found = new ArrayList<>();
        for (Node child = product.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element subjectOf && subjectOf.getTagName().equals("subjectOf")) {
                NodeList c = subjectOf.getElementsByTagName("characteristic");
                for (int i = 0; i < c.getLength(); i++) {
                    found.add((Element) c.item(i));
                }
            }
        }
        Map<String, List<String>> values = new HashMap<>();
        found.forEach(c -> add(values, c));
        return values;
    }

    private static Map<String, List<String>> characteristics(NodeList list) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < list.getLength(); i++) {
            add(values, (Element) list.item(i));
        }
        return values;
    }

    private static void add(Map<String, List<String>> values, Element characteristic) {
        Element code = (Element) characteristic.getElementsByTagName("code").item(0);
        Element value = (Element) characteristic.getElementsByTagName("value").item(0);
        if (code == null || value == null) {
            return;
        }
        String text = value.hasAttribute("displayName") ? value.getAttribute("displayName").toUpperCase(Locale.ROOT)
                : value.hasAttribute("value") ? value.getAttribute("value") : value.getTextContent().trim();
        values.computeIfAbsent(code.getAttribute("code"), k -> new ArrayList<>()).add(text);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
