package dev.pillid.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One element of an SPL document as the streaming reader keeps it: its local name, the
 * attributes the reader looks at, the child elements it may look up, and, for a name or a value,
 * its text (its descendants' too, as a DOM's text content). Only what a lookup can reach is kept:
 * of a child looked up as the first of its name, only the first.
 */
final class SplElement {

    /** The attributes the reader looks at; others are not kept. */
    private static final Set<String> ATTRIBUTES = Set.of("code", "displayName", "value", "unit", "classCode", "root");
    /** Children looked up all together (every part of a kit, every characteristic). */
    private static final Set<String> EVERY = Set.of("part", "subjectOf", "characteristic", "ingredient");
    /** Children looked up as the first of their name, within a product. */
    private static final Set<String> FIRST = Set.of("manufacturedProduct", "manufacturedMedicine", "code", "asContent",
            "containerPackagedProduct", "formCode", "partProduct", "name", "ingredientSubstance", "quantity", "numerator",
            "value", "reference");
    /** The label's own data, under the document element: each the first of its name. */
    private static final Map<String, Set<String>> LABEL = Map.of(
            "document", Set.of("code", "setId", "versionNumber", "author"),
            "author", Set.of("assignedEntity"),
            "assignedEntity", Set.of("representedOrganization"),
            "representedOrganization", Set.of("name"));

    final String name;
    /** Whether it is the document element or under it by the label's lookups, rather than in a product. */
    private final boolean label;
    private final Map<String, String> attributes = new HashMap<>(4);
    private final List<SplElement> children = new ArrayList<>(2);
    private final StringBuilder text;
    private boolean textCut;

    private SplElement(String name, boolean label) {
        this.name = name;
        this.label = label;
        this.text = name.equals("name") || name.equals("value") ? new StringBuilder() : null;
    }

    /** The document element, whose kept children are the label's data. */
    static SplElement document(String name) {
        return new SplElement(name, true);
    }

    /** A product, or an element looked up from anywhere in a product (a policy). */
    static SplElement product(String name) {
        return new SplElement(name, false);
    }

    /** The child element of this name, when a lookup can reach it; else null. */
    SplElement keep(String childName) {
        boolean kept = label
                ? LABEL.getOrDefault(name, Set.of()).contains(childName) && child(childName) == null
                : EVERY.contains(childName) || FIRST.contains(childName) && child(childName) == null;
        if (!kept) {
            return null;
        }
        SplElement child = new SplElement(childName, label);
        children.add(child);
        return child;
    }

    void attribute(String attributeName, String value) {
        if (ATTRIBUTES.contains(attributeName)) {
            attributes.put(attributeName, value);
        }
    }

    boolean holdsText() {
        return text != null;
    }

    /** Text within this element; past {@link FieldLimits#TEXT} characters it is only marked as too long. */
    void text(char[] characters, int start, int length) {
        int room = FieldLimits.TEXT - text.length();
        if (length > room) {
            textCut = true;
        }
        text.append(characters, start, Math.min(length, Math.max(room, 0)));
    }

    /** As a DOM's getAttribute: the value, or "" when there is none. */
    String getAttribute(String attributeName) {
        return attributes.getOrDefault(attributeName, "");
    }

    /**
     * As a DOM's getTextContent.
     *
     * @throws RejectedRecordException when the text is longer than the reader keeps
     */
    String textContent() {
        if (textCut) {
            throw FieldLimits.textTooLong(name);
        }
        return text == null ? "" : text.toString();
    }

    SplElement child(String localName) {
        for (SplElement child : children) {
            if (child.name.equals(localName)) {
                return child;
            }
        }
        return null;
    }

    List<SplElement> children(String localName) {
        List<SplElement> found = new ArrayList<>();
        for (SplElement child : children) {
            if (child.name.equals(localName)) {
                found.add(child);
            }
        }
        return found;
    }
}
