package dev.pillid.imports;

/**
 * Input echoed back in a message (a job's error, a rejection's reason), cut so that a hostile
 * file cannot make a message as large as itself. Control characters become spaces: PostgreSQL's
 * text and jsonb refuse NUL, and the others only garble a message.
 */
public final class Excerpt {

    private Excerpt() {
    }

    /** The text, at most {@code max} characters long, ending in "…" when it was cut. */
    public static String of(String text, int max) {
        if (text == null) {
            return null;
        }
        String cut = text;
        if (text.length() > max) {
            int end = Math.max(0, max - 1);
            if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            cut = text.substring(0, end) + "…";
        }
        StringBuilder clean = null;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (Character.isISOControl(c)) {
                if (clean == null) {
                    clean = new StringBuilder(cut);
                }
                clean.setCharAt(i, ' ');
            }
        }
        return clean == null ? cut : clean.toString();
    }
}
