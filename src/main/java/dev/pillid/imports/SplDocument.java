package dev.pillid.imports;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Reads one SPL document as a stream, in one pass: the elements of one product are kept until
 * the product ends, then only its records are (a nested product is kept beside the one around
 * it); of the rest, only the label's own data (document type, set id, version, labeler). The
 * records reach the sink when the document has ended well-formed and within its limits, so that a
 * document rejected at its end gives nothing else. Limits, as the document is read: no DOCTYPE
 * and so no entities but XML's own; the depth and number of elements of {@link ImportLimits};
 * markup of at most {@link XmlMarkupLimit#MAX_MARKUP}; text of a field of at most
 * {@link FieldLimits#TEXT} characters.
 */
final class SplDocument {

    private static final Map<String, String> DOCUMENT_TYPES = Map.of("34391-3", "RX", "34390-5", "OTC");

    private final SplProducts products;
    private final ImportLimits limits;

    SplDocument(SplProducts products, ImportLimits limits) {
        this.products = products;
        this.limits = limits;
    }

    /**
     * @throws MalformedDocumentException when the document is not well-formed or over a limit
     * @throws IOException                when the bytes cannot be read (a broken zip, a file over its inflation limits)
     */
    void read(InputStream in, String name, ImportSink sink) throws IOException {
        Reading reading = new Reading(name);
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(new XmlMarkupLimit(in, name));
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> reading.start(xml);
                    case XMLStreamConstants.END_ELEMENT -> reading.end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            reading.text(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    default -> {
                        // comments, processing instructions: not part of any field
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw unreadable(e, name);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // the stream is the caller's to close
                }
            }
        }
        reading.deliver(sink);
    }

    /** Configured once: a configured factory makes readers for any thread, and a zip holds thousands of documents. */
    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // SPL documents need no DTD or external entity: XmlMarkupLimit refuses a DOCTYPE, and the parser never looks for one.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /**
     * The failure to read the bytes when that is what stopped the parser (a budget, a broken zip, a
     * markup limit), else the document is not well-formed.
     */
    private static IOException unreadable(XMLStreamException e, String name) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return new MalformedDocumentException(name, "is not well-formed XML: " + e.getMessage(), e);
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t instanceof XMLStreamException x && x.getNestedException() != null ? x.getNestedException() : t.getCause();
        return cause == t ? null : cause;
    }

    /** One open element: its name, and what is kept of it (null when nothing is). */
    private record Open(String name, SplElement kept, Product product) {
    }

    /** A product being read: its elements, and the policies anywhere within it. */
    private record Product(int index, SplElement element, List<SplElement> policies) {
    }

    /** The state of reading one document. */
    private final class Reading {
        private final String name;
        private final Deque<Open> open = new ArrayDeque<>();
        private final Deque<Product> openProducts = new ArrayDeque<>();
        /** Names and values open now, which every text within them belongs to. */
        private final List<SplElement> texts = new ArrayList<>();
        /** Each product's outcomes, in the order the products begin. */
        private final List<List<SplProducts.Outcome>> outcomes = new ArrayList<>();
        private SplElement root;
        private int elements;

        Reading(String name) {
            this.name = name;
        }

        void start(XMLStreamReader xml) throws MalformedDocumentException {
            elements++;
            if (open.size() + 1 > limits.maxXmlDepth()) {
                throw new MalformedDocumentException(name, "nests elements deeper than " + limits.maxXmlDepth()
                        + " (pillid.imports.max-xml-depth)", null);
            }
            if (elements > limits.maxXmlElements()) {
                throw new MalformedDocumentException(name, "has more than " + limits.maxXmlElements()
                        + " elements (pillid.imports.max-xml-elements)", null);
            }
            String local = xml.getLocalName();
            Open parent = open.peek();
            SplElement kept;
            Product product = null;
            if (parent == null) {
                kept = root = SplElement.document(local);
            } else if (local.equals("manufacturedProduct") && parent.name().equals("subject")) {
                kept = SplElement.product(local);
                product = new Product(outcomes.size() + 1, kept, new ArrayList<>());
                openProducts.push(product);
                outcomes.add(List.of());
            } else if (local.equals("policy") && !openProducts.isEmpty()) {
                // Looked for anywhere within a product (its DEA schedule), so kept wherever it is.
                kept = SplElement.product(local);
                for (Product around : openProducts) {
                    around.policies().add(kept);
                }
            } else {
                kept = parent.kept() == null ? null : parent.kept().keep(local);
            }
            if (kept != null) {
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    String prefix = xml.getAttributePrefix(i);
                    if (prefix == null || prefix.isEmpty()) {
                        kept.attribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                    }
                }
                if (kept.holdsText()) {
                    texts.add(kept);
                }
            }
            open.push(new Open(local, kept, product));
        }

        void end() {
            Open closed = open.pop();
            if (closed.kept() != null && closed.kept().holdsText()) {
                texts.remove(texts.size() - 1);
            }
            if (closed.product() != null) {
                Product product = openProducts.pop();
                outcomes.set(product.index() - 1, products.read(name, product.index(), product.element(), product.policies()));
            }
        }

        void text(char[] characters, int start, int length) {
            for (SplElement element : texts) {
                element.text(characters, start, length);
            }
        }

        void deliver(ImportSink sink) {
            if (!"document".equals(root.name)) {
                sink.reject(name, "not an SPL document (root element " + FieldLimits.echo(root.name) + ")");
                return;
            }
            String documentType = SplProducts.attribute(root.child("code"), "code");
            if (documentType == null) {
                sink.reject(name, "has no document type (the document's code)");
                return;
            }
            SplProducts.Label label = new SplProducts.Label(
                    SplProducts.attribute(root.child("setId"), "root"),
                    SplProducts.attribute(root.child("versionNumber"), "value"),
                    DOCUMENT_TYPES.get(documentType),
                    SplProducts.path(root, "author", "assignedEntity", "representedOrganization", "name"));
            if (label.setId() == null) {
                sink.reject(name, "has no setId");
                return;
            }
            for (List<SplProducts.Outcome> product : outcomes) {
                products.deliver(product, label, sink);
            }
            if (outcomes.isEmpty()) {
                sink.reject(name, "has no product data elements");
            }
        }
    }
}
