package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;
import org.jboss.logging.Logger;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * FDA Structured Product Labeling (HL7 v3 SPL, as DailyMed publishes it): one XML document, a zip
 * of them, or a zip of zips. Every oral solid product, and every oral solid part of a kit, becomes
 * one entry, with its appearance from the SPLIMPRINT, SPLCOLOR, SPLSHAPE, SPLSIZE, SPLSCORE and
 * SPLIMAGE characteristics. Its key is the label's set id, the product NDC and the part number.
 */
final class SplReader implements CatalogReader {

    static final String SOURCE = "spl";
    private static final Logger LOG = Logger.getLogger(SplReader.class);
    private static final Pattern ORAL_SOLID = Pattern.compile("TABLET|CAPSULE|PILL|LOZENGE|TROCHE|WAFER|CAPLET");
    private static final Map<String, String> DOCUMENT_TYPES = Map.of("34391-3", "RX", "34390-5", "OTC");
    private static final int ZIP_DEPTH = 3;

    private final CodedValues coded;
    private final String imageUrlTemplate;
    private final ImportLimits limits;

    /** @param imageUrlTemplate where a label's photos are, with {setid} and {file} to fill in */
    SplReader(CodedValues coded, String imageUrlTemplate, ImportLimits limits) {
        this.coded = coded;
        this.imageUrlTemplate = imageUrlTemplate;
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
        } else {
            readDocument(parse(budget.entry(in, fileName, fileName, false).readAllBytes(), fileName), fileName, sink);
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
                if (lower.endsWith(".zip") && !entry.isDirectory()) {
                    readZip(new BufferedInputStream(body), path, fileName, sink, budget, depth + 1);
                } else if (lower.endsWith(".xml") && !entry.isDirectory()) {
                    // The whole entry is read first, so that a broken document cannot leave a zip half-read.
                    byte[] bytes = body.readAllBytes();
                    Document document;
                    try {
                        document = parse(bytes, path);
                    } catch (MalformedDocumentException e) {
                        sink.reject(path, e.detail);
                        continue;
                    }
                    try {
                        readDocument(document, path, sink);
                    } catch (RuntimeException e) {
                        // One malformed document is that document's rejection, not the end of the zip.
                        LOG.debugf(e, "cannot read %s", path);
                        sink.reject(path, "cannot be read as an SPL document");
                    }
                }
                // photos and other files in DailyMed zips are not catalog records
                body.transferTo(OutputStream.nullOutputStream());
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

    /** A document that cannot be read: the file's failure when it is the whole file, that document's rejection in a zip. */
    private static final class MalformedDocumentException extends UnreadableFileException {
        final String detail;

        MalformedDocumentException(String name, String detail, Throwable cause) {
            super(name + " " + detail, cause);
            this.detail = detail;
        }
    }

    private Document parse(byte[] bytes, String name) throws MalformedDocumentException {
        checkShape(bytes, name);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // SPL documents need no DTD or external entity: refuse them (XXE, entity expansion).
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new MalformedDocumentException(name, "is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Streams through the document before a DOM is built of it: one nested too deep would
     * overflow the stack of the DOM's recursive walks, and one of too many elements fill the heap.
     */
    private void checkShape(byte[] bytes, String name) throws MalformedDocumentException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            int depth = 0;
            int elements = 0;
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        elements++;
                        if (depth > limits.maxXmlDepth()) {
                            throw new MalformedDocumentException(name, "nests elements deeper than " + limits.maxXmlDepth()
                                    + " (pillid.imports.max-xml-depth)", null);
                        }
                        if (elements > limits.maxXmlElements()) {
                            throw new MalformedDocumentException(name, "has more than " + limits.maxXmlElements()
                                    + " elements (pillid.imports.max-xml-elements)", null);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.DTD -> throw new MalformedDocumentException(name,
                            "is not well-formed XML: it has a DOCTYPE, which SPL documents do not have", null);
                    default -> {
                        // text, comments, processing instructions
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new MalformedDocumentException(name, "is not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing held open: the bytes are in memory
                }
            }
        }
    }

    private void readDocument(Document document, String name, ImportSink sink) {
        Element root = document.getDocumentElement();
        if (!"document".equals(root.getLocalName())) {
            sink.reject(name, "not an SPL document (root element " + FieldLimits.echo(root.getLocalName()) + ")");
            return;
        }
        String documentType = attribute(child(root, "code"), "code");
        if (documentType == null) {
            sink.reject(name, "has no document type (the document's code)");
            return;
        }
        Label label = new Label(
                attribute(child(root, "setId"), "root"),
                attribute(child(root, "versionNumber"), "value"),
                DOCUMENT_TYPES.get(documentType),
                text(path(root, "author", "assignedEntity", "representedOrganization", "name")),
                name);
        if (label.setId == null) {
            sink.reject(name, "has no setId");
            return;
        }
        int index = 0;
        for (Element product : descendants(root, "manufacturedProduct")) {
            Node parent = product.getParentNode();
            if (!(parent instanceof Element p) || !"subject".equals(p.getLocalName())) {
                continue;
            }
            index++;
            Element medicine = child(product, "manufacturedProduct");
            if (medicine == null) {
                medicine = child(product, "manufacturedMedicine");
            }
            if (medicine == null) {
                sink.reject(label.where(index, null), "product without a manufactured product");
                continue;
            }
            try {
                readProduct(label, index, product, medicine, sink);
            } catch (RuntimeException e) {
                // One malformed product is that product's rejection, not the end of the file.
                LOG.debugf(e, "cannot read %s", label.where(index, null));
                sink.reject(label.where(index, null), "cannot be read: its product data elements are malformed");
            }
        }
        if (index == 0) {
            sink.reject(name, "has no product data elements");
        }
    }

    private void readProduct(Label label, int index, Element product, Element medicine, ImportSink sink) {
        String productNdc = attribute(child(medicine, "code"), "code");
        String packageNdc = firstPackageNdc(medicine);
        String form = attribute(child(medicine, "formCode"), "displayName");
        String dea = deaSchedule(product);
        List<Element> parts = children(medicine, "part");
        if (parts.isEmpty()) {
            take(label, label.where(index, productNdc), product, medicine, productNdc, packageNdc, null, form, dea, sink, null);
            return;
        }
        String kitName = text(child(medicine, "name"));
        for (int i = 0; i < parts.size(); i++) {
            Element part = parts.get(i);
            Element partProduct = child(part, "partProduct");
            if (partProduct == null) {
                continue;
            }
            String partForm = attribute(child(partProduct, "formCode"), "displayName");
            String partNdc = attribute(child(partProduct, "code"), "code");
            String where = label.where(index, productNdc) + " part " + (i + 1);
            take(label, where, part, partProduct, productNdc, partNdc != null ? partNdc : packageNdc, i + 1, partForm, dea, sink,
                    kitName);
        }
    }

    /** One entry from a product (or kit part, named after its kit when it has no name) and the element holding its characteristics. */
    private void take(Label label, String where, Element holder, Element medicine, String productNdc, String packageNdc,
                      Integer part, String form, String dea, ImportSink sink, String kitName) {
        try {
            Characteristics look = characteristics(holder);
            boolean oralSolid = (form != null && ORAL_SOLID.matcher(form.toUpperCase(Locale.ROOT)).find())
                    || (form == null && look.imprint != null);
            if (!oralSolid) {
                sink.reject(where, "not an oral solid (" + (form == null ? "no dosage form" : FieldLimits.echo(form)) + ")");
                return;
            }
            String name = text(child(medicine, "name"));
            if (name == null) {
                name = kitName;
            }
            List<String> ingredients = new ArrayList<>();
            List<String> strengths = new ArrayList<>();
            for (Element ingredient : children(medicine, "ingredient")) {
                String kind = ingredient.getAttribute("classCode");
                if (!kind.startsWith("ACTI")) {
                    continue;
                }
                String substance = text(path(ingredient, "ingredientSubstance", "name"));
                if (substance != null) {
                    ingredients.add(substance);
                }
                Element numerator = path(ingredient, "quantity", "numerator");
                if (numerator != null && !numerator.getAttribute("value").isEmpty()) {
                    strengths.add(numerator.getAttribute("value") + " " + numerator.getAttribute("unit"));
                }
            }
            String key = label.setId + ":" + (productNdc == null ? "product-" + where : productNdc) + (part == null ? "" : ":" + part);
            List<String> images = new ArrayList<>();
            for (String file : look.images) {
                images.add(imageUrlTemplate.replace("{setid}", encode(label.setId)).replace("{file}", encode(file)));
            }
            sink.accept(new PillRecord(SOURCE, key,
                    "FDA DailyMed SPL set id " + label.setId + (label.version == null ? "" : ", version " + label.version),
                    name, strengths.isEmpty() ? null : String.join(" / ", strengths).trim(), ingredients, form,
                    label.labeler, label.rxOtc, dea, productNdc, packageNdc, part, label.setId, null,
                    look.imprint, coded.colors(look.colors), coded.shape(look.shape), CodedValues.sizeMm(look.size),
                    CodedValues.score(look.score), images));
        } catch (RejectedRecordException e) {
            sink.reject(where, e.getMessage());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Label(String setId, String version, String rxOtc, String labeler, String file) {
        String where(int index, String productNdc) {
            return file + " product " + (productNdc == null ? "#" + index : productNdc);
        }
    }

    private static final class Characteristics {
        String imprint;
        final List<String> colors = new ArrayList<>();
        String shape;
        String size;
        String score;
        final List<String> images = new ArrayList<>();
    }

    /** The characteristics directly under a product or kit part (subjectOf/characteristic), not those of nested parts. */
    private static Characteristics characteristics(Element holder) {
        Characteristics look = new Characteristics();
        for (Element subjectOf : children(holder, "subjectOf")) {
            for (Element characteristic : children(subjectOf, "characteristic")) {
                String code = attribute(child(characteristic, "code"), "code");
                Element value = child(characteristic, "value");
                if (code == null || value == null) {
                    continue;
                }
                switch (code) {
                    case "SPLIMPRINT" -> look.imprint = CodedValues.imprint(value.getTextContent());
                    case "SPLCOLOR" -> look.colors.add(firstNonEmpty(value.getAttribute("code"), value.getAttribute("displayName")));
                    case "SPLSHAPE" -> look.shape = firstNonEmpty(value.getAttribute("code"), value.getAttribute("displayName"));
                    case "SPLSIZE" -> look.size = value.getAttribute("value");
                    case "SPLSCORE" -> look.score = value.getAttribute("value");
                    case "SPLIMAGE" -> {
                        String file = attribute(child(value, "reference"), "value");
                        if (file != null) {
                            look.images.add(file);
                        }
                    }
                    default -> {
                        // flavour, coating, symbol: not part of the catalog
                    }
                }
            }
        }
        return look;
    }

    private String deaSchedule(Element product) {
        for (Element policy : descendants(product, "policy")) {
            if ("DEADrugSchedule".equals(policy.getAttribute("classCode"))) {
                Element code = child(policy, "code");
                if (code != null) {
                    return coded.deaSchedule(firstNonEmpty(code.getAttribute("code"), code.getAttribute("displayName")));
                }
            }
        }
        return null;
    }

    private static String firstPackageNdc(Element medicine) {
        Element content = child(medicine, "asContent");
        Element packaged = content == null ? null : child(content, "containerPackagedProduct");
        return packaged == null ? null : attribute(child(packaged, "code"), "code");
    }

    private static String firstNonEmpty(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        var list = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    private static Element path(Element from, String... names) {
        Element current = from;
        for (String name : names) {
            current = child(current, name);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    private static String attribute(Element element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.getAttribute(name);
        return value.isBlank() ? null : value.trim();
    }

    private static String text(Element element) {
        if (element == null) {
            return null;
        }
        String value = element.getTextContent().replaceAll("\\s+", " ").trim();
        return value.isEmpty() ? null : value;
    }
}
