package dev.chainrule.autograd.lang;

import java.util.Collection;
import java.util.Set;

/** Reserved words and "did you mean" suggestions for unknown names. */
final class Names {
    /** Words with a meaning of their own ({@code T} is not one: postfix {@code .T} is not a name, so {@code T = …} is fine). */
    static final Set<String> KEYWORDS = Set.of("param", "check", "within", "true", "false");

    private Names() {
    }

    /** {@code "; did you mean 'z1'?"} for the nearest candidate within a small edit distance, else {@code ""}. */
    static String suggestion(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(1, name.length() / 2) ? "; did you mean '" + best + "'?" : "";
    }

    /** Levenshtein distance, case-insensitive substitutions costing 0. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int same = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + same);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
