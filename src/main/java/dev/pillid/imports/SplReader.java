package dev.pillid.imports;

import org.jboss.logging.Logger;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * FDA Structured Product Labeling (HL7 v3 SPL, as DailyMed publishes it): one XML document, a zip
 * of them, or a zip of zips. Each document is read as a stream ({@link SplDocument}) into the
 * records of its products ({@link SplProducts}).
 */
final class SplReader implements CatalogReader {

    static final String SOURCE = "spl";
    private static final Logger LOG = Logger.getLogger(SplReader.class);
    private static final int ZIP_DEPTH = 3;

    private final SplDocument documents;
    private final ImportLimits limits;

    /** @param imageUrlTemplate where a label's photos are, with {setid} and {file} to fill in */
    SplReader(CodedValues coded, String imageUrlTemplate, ImportLimits limits) {
        this.documents = new SplDocument(new SplProducts(coded, imageUrlTemplate), limits);
        this.limits = limits;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public void read(InputStream raw, String fileName, ImportSink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        InflationBudget budget = new InflationBudget(limits);
        if (isZip(in)) {
            readZip(in, fileName, fileName, sink, budget, 1);
            return;
        }
        InputStream document = budget.entry(in, fileName, fileName, false);
        try {
            documents.read(document, fileName, sink);
        } catch (MalformedDocumentException e) {
            // A document larger than its limit is refused as such, however early it goes wrong.
            document.transferTo(OutputStream.nullOutputStream());
            throw e;
        }
    }

    private void readZip(InputStream in, String name, String fileName, ImportSink sink, InflationBudget budget, int depth)
            throws IOException {
        if (depth > ZIP_DEPTH) {
            throw new UnreadableFileException(name + ": zips nested more than " + ZIP_DEPTH + " deep");
        }
        ZipInputStream zip = new ZipInputStream(in);
        int entries = 0;
        try {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                budget.countEntry(fileName);
                String path = name + "!" + entry.getName();
                String lower = entry.getName().toLowerCase(Locale.ROOT);
                // Every entry is inflated through the budget, photos too, so that none is inflated uncounted.
                InputStream body = budget.entry(zip, path, fileName, true);
                String rejection = null;
                if (lower.endsWith(".zip") && !entry.isDirectory()) {
                    readZip(new BufferedInputStream(body), path, fileName, sink, budget, depth + 1);
                } else if (lower.endsWith(".xml") && !entry.isDirectory()) {
                    try {
                        documents.read(body, path, sink);
                    } catch (MalformedDocumentException e) {
                        rejection = e.detail;
                    } catch (RuntimeException e) {
                        // One malformed document is that document's rejection, not the end of the zip.
                        LOG.debugf(e, "cannot read %s", path);
                        rejection = "cannot be read as an SPL document";
                    }
                }
                // The rest of the entry (all of a photo or other file) still counts, and may refuse the whole file.
                body.transferTo(OutputStream.nullOutputStream());
                if (rejection != null) {
                    sink.reject(path, rejection);
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new UnreadableFileException(name + " is not a readable zip: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new UnreadableFileException(name + " is an empty or broken zip");
        }
    }

    private static boolean isZip(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
}
