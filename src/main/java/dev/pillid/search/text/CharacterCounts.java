package dev.pillid.search.text;

import java.util.List;

/**
 * How often each character stands in a text, for a cheap lower bound of the typing errors
 * between it and other text before any alignment: an edit adds at most one character the text
 * lacks and removes at most one it has. Characters beyond ASCII share slots, which only lowers
 * the bound. Used by one thread at a time: counting borrows the counts and gives them back.
 */
public final class CharacterCounts {

    private final int[] counts = new int[128];
    private final int length;

    public CharacterCounts(String text) {
        for (int i = 0; i < text.length(); i++) {
            counts[text.charAt(i) & 127]++;
        }
        this.length = text.length();
    }

    /** At least how many typing errors part the text from the other text. */
    public int difference(String other) {
        int extra = take(other);
        give(other);
        return Math.max(extra, length - (other.length() - extra));
    }

    /** At least how many typing errors part the text from these pieces, joined in any order. */
    public int difference(List<String> pieces) {
        int extra = 0;
        int otherLength = 0;
        for (String piece : pieces) {
            extra += take(piece);
            otherLength += piece.length();
        }
        for (String piece : pieces) {
            give(piece);
        }
        return Math.max(extra, length - (otherLength - extra));
    }

    /** Takes the piece's characters from the counts; returns how many the text did not have. */
    private int take(String piece) {
        int extra = 0;
        for (int i = 0; i < piece.length(); i++) {
            if (--counts[piece.charAt(i) & 127] < 0) {
                extra++;
            }
        }
        return extra;
    }

    private void give(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            counts[piece.charAt(i) & 127]++;
        }
    }
}
