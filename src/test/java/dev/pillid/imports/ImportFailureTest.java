package dev.pillid.imports;

import dev.pillid.catalog.CatalogService;
import dev.pillid.catalog.Vocabularies;
import dev.pillid.config.PillIdConfig;
import dev.pillid.testing.CatalogState;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** However an import fails, its job ends failed, with a message of bounded size, and the catalog is as it was. */
@QuarkusTest
class ImportFailureTest {

    @Inject
    CatalogState catalog;
    @Inject
    CatalogService catalogService;
    @Inject
    ImportJobRepository jobs;
    @Inject
    Vocabularies vocabularies;
    @Inject
    PillIdConfig config;

    @AfterEach
    void backToTheDemoCatalog() throws Exception {
        catalog.resetToDemo();
    }

    /** The import service as the application builds it, but with a reader that throws this error. */
    private ImportService readingFailsWith(Error error) {
        return new ImportService(catalogService, jobs, vocabularies, config, null) {
            @Override
            CatalogReader reader(ImportFormat format) {
                return new CatalogReader() {
                    @Override
                    public String source() {
                        return RxImageReader.SOURCE;
                    }

                    @Override
                    public void read(InputStream in, String fileName, ImportSink sink) {
                        throw error;
                    }
                };
            }
        };
    }

    private ImportJob runFailingWith(Error error) throws Exception {
        Path file = CatalogImportTest.write("any.csv", "image_path,image_filename,pill_name,shape,color,imprint\n".getBytes());
        ImportJob job = jobs.create(ImportFormat.RXIMAGE, "any.csv", 1L, "test-operator");
        readingFailsWith(error).run(job.id(), ImportFormat.RXIMAGE, file, "any.csv", false, id -> { });
        return jobs.job(job.id()).orElseThrow();
    }

    @Test
    void anImportThatRunsOutOfMemoryEndsFailedAndSaysSo() throws Exception {
        CatalogState.Snapshot before = catalog.snapshot();
        ImportJob job = runFailingWith(new OutOfMemoryError("Java heap space"));
        assertEquals("failed", job.state());
        assertEquals("The import failed while reading as the service ran out of memory and stored nothing"
                + " (see the service log for import " + job.id() + ").", job.error());
        assertEquals(before, catalog.snapshot());
    }

    @Test
    void anImportThatOverflowsTheStackEndsFailed() throws Exception {
        ImportJob job = runFailingWith(new StackOverflowError());
        assertEquals("failed", job.state());
        assertTrue(job.error().startsWith("The import failed while reading on a structure nested too deep"), job.error());
    }

    @Test
    void anUnreadableFilesReasonIsCutShort() throws Exception {
        // Under the XML parser's own limit on names (1,000), which would cut the message itself.
        String name = "a".repeat(900);
        byte[] xml = ("<document xmlns=\"urn:hl7-org:v3\"><" + name + "></b></document>").getBytes();
        ExtractableResponse<Response> job = Imports.upload(CatalogImportTest.write("long-name.xml", xml));
        assertEquals("failed", job.path("state"));
        String error = job.path("error");
        assertTrue(error.startsWith("The file cannot be imported as spl: long-name.xml is not well-formed XML: "), error);
        assertTrue(error.endsWith("…. Nothing was stored."), error);
        assertTrue(error.length() < 300, error.length() + " characters");
    }

    @Test
    void aJobWhoseRejectionsTheDatabaseRefusesStillEnds() throws Exception {
        // PostgreSQL's jsonb refuses NUL, which this rejection's reason ("image file name ...") echoes.
        byte[] csv = ("image_path,image_filename,pill_name,shape,color,imprint\n"
                + "x,not\u0000an-ndc.JPG,TESTOL 5 MG ORAL TABLET,ROUND,RED,ZQ;77\n").getBytes();
        ExtractableResponse<Response> job = Imports.upload(CatalogImportTest.write("nul.csv", csv));
        assertEquals("succeeded", job.path("state"), job.asString());
        assertEquals(1, job.<Integer>path("counts.read"));
        assertEquals(1, job.<Integer>path("counts.rejected"));
    }
}
