package dev.pillid.search;

/** Typing errors between two texts: the optimal string alignment distance (substitution, insertion, deletion, swap of neighbours). */
final class Edits {

    private Edits() {
    }

    /**
     * The distance between a and b, or a number above {@code limit} as soon as it is clear that
     * the distance exceeds it. '?' in a matches any character at no cost. Only the band of cells
     * within {@code limit} of the diagonal is computed: an alignment leaving it costs more.
     */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int over = limit + 1;
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int low = Math.max(1, i - limit);
            int high = Math.min(m, i + limit);
            current[0] = Math.min(i, over);
            if (low > 1) {
                current[low - 1] = over;
            }
            int rowMin = low > 1 ? over : current[0];
            char ca = a.charAt(i - 1);
            for (int j = low; j <= high; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb || ca == Imprint.UNREADABLE ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = Math.min(value, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (high < m) {
                current[high + 1] = over;
            }
            if (rowMin > limit) {
                return over;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m];
    }
}
