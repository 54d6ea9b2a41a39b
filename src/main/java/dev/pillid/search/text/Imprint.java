package dev.pillid.search.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imprint text as people and labels write it. Labels (SPL, Pillbox, RxImage) separate the sides
 * or lines of an imprint with ';'. People type them with or without spaces, hyphens, dots and
 * slashes, in either order, in any case: all of that is noise to matching, so an imprint is
 * compared in its compact form, upper-case letters and digits only.
 */
public final class Imprint {

    /** Separator between the sides or lines of an imprint in SPL and Pillbox data. */
    public static final char SIDE_SEPARATOR = ';';

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=[^\\p{L}\\p{N}?])|(?=[^\\p{L}\\p{N}?])");
    private static final Pattern SIDES = Pattern.compile("\\s*" + SIDE_SEPARATOR + "\\s*");

    private Imprint() {
    }

    /** "pd 155-10" becomes "PD15510". */
    public static String compact(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(Character.toUpperCase(c));
            }
            i += Character.charCount(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** Stands for one character the reader could not make out. */
    public static final char UNREADABLE = '?';

    /**
     * Words that describe a symbol printed on a pill rather than its characters. Imprint data
     * has no text for symbols, so these words are set aside rather than matched.
     */
    static final Set<String> SYMBOL_WORDS = Set.of("LOGO", "SYMBOL", "EMBLEM", "ICON", "HEART");

    /** A typed imprint: compact like {@link #compact(String)}, but keeping '?' for unreadable characters. */
    public static String compactQuery(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c) || c == UNREADABLE) {
                out.appendCodePoint(Character.toUpperCase(c));
            }
            i += Character.charCount(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The words of a typed imprint that name a symbol ("logo", "heart"), upper case. */
    public static List<String> symbolWords(String typed) {
        List<String> words = new ArrayList<>();
        if (typed != null && mayNameASymbol(typed)) {
            for (String word : NOT_A_WORD.split(typed.toUpperCase(Locale.ROOT))) {
                if (SYMBOL_WORDS.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /**
     * Whether the text holds a symbol word at all: most typed imprints hold none, and are then
     * not split into words by regular expressions, which would cost more than the rest of a
     * search on a small catalog.
     */
    private static boolean mayNameASymbol(String typed) {
        String upper = typed.toUpperCase(Locale.ROOT);
        for (String word : SYMBOL_WORDS) {
            if (upper.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The typed imprint without its symbol words. */
    public static String withoutSymbolWords(String typed) {
        if (typed == null) {
            return "";
        }
        if (!mayNameASymbol(typed)) {
            return typed;
        }
        StringBuilder out = new StringBuilder();
        for (String word : WORD_BOUNDARY.split(typed)) {
            if (!SYMBOL_WORDS.contains(word.toUpperCase(Locale.ROOT))) {
                out.append(word);
            }
        }
        return out.toString();
    }

    /**
     * The form in which characters that people confuse when reading a pill are the same
     * ({@link Confusables}, from {@code data/vocabularies/confusables.json}). Applied to compact
     * text; '?' is kept.
     */
    public static String confusable(String compact) {
        return Confusables.BUNDLED.read(compact);
    }

    /** "PD;155;10" becomes [PD, 155, 10]; empty sides are dropped. */
    public static List<String> compactSides(String printed) {
        List<String> sides = new ArrayList<>();
        if (printed == null) {
            return sides;
        }
        for (String side : printed.split(String.valueOf(SIDE_SEPARATOR))) {
            String compact = compact(side);
            if (!compact.isEmpty()) {
                sides.add(compact);
            }
        }
        return sides;
    }

    /** "PD;155;10" becomes "PD 155 10": how a pharmacist would read it out. */
    public static String readable(String printed) {
        if (printed == null) {
            return "";
        }
        return String.join(" ", SIDES.split(printed.trim())).trim();
    }
}
