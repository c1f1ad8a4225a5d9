package dev.chainrule.autograd.lang;

import java.util.Collection;
import java.util.Set;

/** Reserved words and "did you mean" suggestions for unknown names. */
final class Names {
    /** Words with a meaning of their own ({@code T} is not one: postfix {@code .T} is not a name, so {@code T = …} is fine). */
    static final Set<String> KEYWORDS = Set.of("param", "check", "within", "true", "false");

    /** Names longer than this get no suggestion: a typo is a slip in a name a person types. */
    static final int LONGEST_SUGGESTED = 64;

    private Names() {
    }

    /**
     * {@code "; did you mean 'z1'?"} for the nearest candidate within a small edit distance (at most half the name's
     * length), else {@code ""}. Only names of comparable length are compared, with a banded distance, so the cost
     * is bounded whatever the names are.
     */
    static String suggestion(String name, Collection<String> candidates) {
        if (name.length() > LONGEST_SUGGESTED) {
            return "";
        }
        int allowed = Math.max(1, name.length() / 2);
        String best = null;
        int bestDistance = allowed + 1;
        for (String c : candidates) {
            if (Math.abs(c.length() - name.length()) >= bestDistance) {
                continue;
            }
            int d = distance(name, c, bestDistance - 1);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null ? "; did you mean '" + best + "'?" : "";
    }

    /**
     * The Levenshtein distance of {@code a} and {@code b} (case-insensitive substitutions costing 0) if it is at most
     * {@code bound}, else {@code bound + 1}: only the diagonal band of width {@code 2·bound + 1} is computed.
     */
    static int distance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) > bound) {
            return bound + 1;
        }
        int far = bound + 1;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = Math.min(j, far);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - bound);
            int to = Math.min(b.length(), i + bound);
            cur[0] = Math.min(i, far);
            if (from > 1) {
                cur[from - 1] = far;
            }
            int rowMin = cur[0];
            for (int j = from; j <= to; j++) {
                int same = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                int up = j <= i - 1 + bound ? prev[j] : far;
                cur[j] = Math.min(far, Math.min(Math.min(cur[j - 1] + 1, up + 1), prev[j - 1] + same));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < b.length()) {
                cur[to + 1] = far;
            }
            if (rowMin >= far) {
                return far;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], far);
    }
}
