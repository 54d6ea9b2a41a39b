package dev.pillid.imports;

import dev.pillid.catalog.PillRecord;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The records of one SPL product data element: every oral solid product, and every oral solid
 * part of a kit, with its appearance from the SPLIMPRINT, SPLCOLOR, SPLSHAPE, SPLSIZE, SPLSCORE
 * and SPLIMAGE characteristics. Its key is the label's set id, the product NDC and the part
 * number. A product is read as soon as it ends; what the label says (set id, version, labeler)
 * is filled in when the document ends.
 */
final class SplProducts {

    private static final Logger LOG = Logger.getLogger(SplProducts.class);
    private static final Pattern ORAL_SOLID = Pattern.compile("TABLET|CAPSULE|PILL|LOZENGE|TROCHE|WAFER|CAPLET");

    private final CodedValues coded;
    private final String imageUrlTemplate;

    /** @param imageUrlTemplate where a label's photos are, with {setid} and {file} to fill in */
    SplProducts(CodedValues coded, String imageUrlTemplate) {
        this.coded = coded;
        this.imageUrlTemplate = imageUrlTemplate;
    }

    /** What the label says of all its products. */
    record Label(String setId, String version, String rxOtc, SplElement labelerName) {

        /** @throws RejectedRecordException when the labeler's name is longer than a reader keeps */
        String labeler() {
            return text(labelerName);
        }
    }

    /** What a product gives: a record to take once the label is known, or a rejection. */
    sealed interface Outcome permits Taken, Rejected {
    }

    record Rejected(String where, String reason) implements Outcome {
    }

    record Taken(String where, String keyEnd, String name, String strength, List<String> ingredients, String form,
                 String dea, String productNdc, String packageNdc, Integer part, String imprint, List<String> colors,
                 String shape, Double sizeMm, Integer score, List<String> imageFiles) implements Outcome {
    }

    static String where(String file, int index, String productNdc) {
        return file + " product " + (productNdc == null ? "#" + index : productNdc);
    }

    /**
     * @param product  the manufacturedProduct under a subject
     * @param policies the policies anywhere within it, in document order
     */
    List<Outcome> read(String file, int index, SplElement product, List<SplElement> policies) {
        List<Outcome> outcomes = new ArrayList<>();
        SplElement medicine = product.child("manufacturedProduct");
        if (medicine == null) {
            medicine = product.child("manufacturedMedicine");
        }
        if (medicine == null) {
            outcomes.add(new Rejected(where(file, index, null), "product without a manufactured product"));
            return outcomes;
        }
        try {
            readProduct(file, index, product, policies, medicine, outcomes);
        } catch (RuntimeException e) {
            // One malformed product is that product's rejection, not the end of the file.
            LOG.debugf(e, "cannot read %s", where(file, index, null));
            outcomes.add(new Rejected(where(file, index, null), "cannot be read: its product data elements are malformed"));
        }
        return outcomes;
    }

    /** Gives the outcomes of a document's products to the sink, now that the label is known. */
    void deliver(List<Outcome> outcomes, Label label, ImportSink sink) {
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Rejected rejected) {
                sink.reject(rejected.where(), rejected.reason());
                continue;
            }
            Taken taken = (Taken) outcome;
            try {
                sink.accept(record(taken, label));
            } catch (RejectedRecordException e) {
                sink.reject(taken.where(), e.getMessage());
            }
        }
    }

    private PillRecord record(Taken taken, Label label) {
        List<String> images = new ArrayList<>();
        for (String file : taken.imageFiles()) {
            images.add(imageUrlTemplate.replace("{setid}", encode(label.setId())).replace("{file}", encode(file)));
        }
        return new PillRecord(SplReader.SOURCE, label.setId() + ":" + taken.keyEnd(),
                "FDA DailyMed SPL set id " + label.setId() + (label.version() == null ? "" : ", version " + label.version()),
                taken.name(), taken.strength(), taken.ingredients(), taken.form(), label.labeler(), label.rxOtc(), taken.dea(),
                taken.productNdc(), taken.packageNdc(), taken.part(), label.setId(), null, taken.imprint(), taken.colors(),
                taken.shape(), taken.sizeMm(), taken.score(), images);
    }

    private void readProduct(String file, int index, SplElement product, List<SplElement> policies, SplElement medicine,
                             List<Outcome> outcomes) {
        String productNdc = attribute(medicine.child("code"), "code");
        String packageNdc = firstPackageNdc(medicine);
        String form = attribute(medicine.child("formCode"), "displayName");
        String dea = deaSchedule(policies);
        List<SplElement> parts = medicine.children("part");
        if (parts.isEmpty()) {
            take(where(file, index, productNdc), product, medicine, productNdc, packageNdc, null, form, dea, null, outcomes);
            return;
        }
        SplElement kitName = medicine.child("name");
        for (int i = 0; i < parts.size(); i++) {
            SplElement part = parts.get(i);
            SplElement partProduct = part.child("partProduct");
            if (partProduct == null) {
                continue;
            }
            String partForm = attribute(partProduct.child("formCode"), "displayName");
            String partNdc = attribute(partProduct.child("code"), "code");
            String where = where(file, index, productNdc) + " part " + (i + 1);
            take(where, part, partProduct, productNdc, partNdc != null ? partNdc : packageNdc, i + 1, partForm, dea, kitName,
                    outcomes);
        }
    }

    /**
     * One entry from a product (or kit part, named after its kit when it has no name) and the
     * element holding its characteristics.
     */
    private void take(String where, SplElement holder, SplElement medicine, String productNdc, String packageNdc,
                      Integer part, String form, String dea, SplElement kitName, List<Outcome> outcomes) {
        try {
            Characteristics look = characteristics(holder);
            boolean oralSolid = (form != null && ORAL_SOLID.matcher(form.toUpperCase(Locale.ROOT)).find())
                    || (form == null && look.imprint != null);
            if (!oralSolid) {
                outcomes.add(new Rejected(where, "not an oral solid ("
                        + (form == null ? "no dosage form" : FieldLimits.echo(form)) + ")"));
                return;
            }
            String name = text(medicine.child("name"));
            if (name == null) {
                name = text(kitName);
            }
            List<String> ingredients = new ArrayList<>();
            List<String> strengths = new ArrayList<>();
            for (SplElement ingredient : medicine.children("ingredient")) {
                String kind = ingredient.getAttribute("classCode");
                if (!kind.startsWith("ACTI")) {
                    continue;
                }
                String substance = text(path(ingredient, "ingredientSubstance", "name"));
                if (substance != null) {
                    ingredients.add(substance);
                }
                SplElement numerator = path(ingredient, "quantity", "numerator");
                if (numerator != null && !numerator.getAttribute("value").isEmpty()) {
                    strengths.add(numerator.getAttribute("value") + " " + numerator.getAttribute("unit"));
                }
            }
            String keyEnd = (productNdc == null ? "product-" + where : productNdc) + (part == null ? "" : ":" + part);
            outcomes.add(new Taken(where, keyEnd, name, strengths.isEmpty() ? null : String.join(" / ", strengths).trim(),
                    ingredients, form, dea, productNdc, packageNdc, part, look.imprint, coded.colors(look.colors),
                    coded.shape(look.shape), CodedValues.sizeMm(look.size), CodedValues.score(look.score), look.images));
        } catch (RejectedRecordException e) {
            outcomes.add(new Rejected(where, e.getMessage()));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
    private static Characteristics characteristics(SplElement holder) {
        Characteristics look = new Characteristics();
        for (SplElement subjectOf : holder.children("subjectOf")) {
            for (SplElement characteristic : subjectOf.children("characteristic")) {
                String code = attribute(characteristic.child("code"), "code");
                SplElement value = characteristic.child("value");
                if (code == null || value == null) {
                    continue;
                }
                switch (code) {
                    case "SPLIMPRINT" -> look.imprint = CodedValues.imprint(value.textContent());
                    case "SPLCOLOR" -> look.colors.add(firstNonEmpty(value.getAttribute("code"), value.getAttribute("displayName")));
                    case "SPLSHAPE" -> look.shape = firstNonEmpty(value.getAttribute("code"), value.getAttribute("displayName"));
                    case "SPLSIZE" -> look.size = value.getAttribute("value");
                    case "SPLSCORE" -> look.score = value.getAttribute("value");
                    case "SPLIMAGE" -> {
                        String file = attribute(value.child("reference"), "value");
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

    private String deaSchedule(List<SplElement> policies) {
        for (SplElement policy : policies) {
            if ("DEADrugSchedule".equals(policy.getAttribute("classCode"))) {
                SplElement code = policy.child("code");
                if (code != null) {
                    return coded.deaSchedule(firstNonEmpty(code.getAttribute("code"), code.getAttribute("displayName")));
                }
            }
        }
        return null;
    }

    private static String firstPackageNdc(SplElement medicine) {
        SplElement content = medicine.child("asContent");
        SplElement packaged = content == null ? null : content.child("containerPackagedProduct");
        return packaged == null ? null : attribute(packaged.child("code"), "code");
    }

    private static String firstNonEmpty(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    static SplElement path(SplElement from, String... names) {
        SplElement current = from;
        for (String name : names) {
            current = current.child(name);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    static String attribute(SplElement element, String name) {
        if (element == null) {
            return null;
        }
        String value = element.getAttribute(name);
        return value.isBlank() ? null : value.trim();
    }

    /** An element's text with its whitespace collapsed, or null when it has none. */
    static String text(SplElement element) {
        if (element == null) {
            return null;
        }
        String value = element.textContent().replaceAll("\\s+", " ").trim();
        return value.isEmpty() ? null : value;
    }
}
