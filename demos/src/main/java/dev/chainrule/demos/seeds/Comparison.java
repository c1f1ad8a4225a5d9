package dev.chainrule.demos.seeds;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.demos.seeds.Printed.Verdict;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A course document's printed numbers beside the computed ones, one line each, marked ✓ (agrees to every printed
 * digit), ≈ (off by one in the last printed digit, as multiplying rounded intermediates does) or ✗ (a slip).
 *
 * <pre>{@code
 * Comparison c = Comparison.begin(run, "Question 1(b) as the document prints it");
 * c.row("x2", x2, "[[0.59438], [0.477189]]");
 * c.record("printed_1b");          // {"agree": 1, "last_digit": 0, "disagree": 0} in summary.json
 * }</pre>
 */
final class Comparison {
    private static final int LABEL_WIDTH = 16;
    private static final int VALUE_WIDTH = 34;

    private final DemoRun run;
    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);

    private Comparison(DemoRun run) {
        this.run = run;
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
    }

    /** Prints {@code heading} and what the marks mean. */
    static Comparison begin(DemoRun run, String heading) {
        run.out().println();
        run.out().println(heading);
        run.out().println("  ✓ agrees to every printed digit · ≈ the last digit is one off · ✗ a slip;"
                + " computed values show two digits more");
        return new Comparison(run);
    }

    /** One scalar. */
    Comparison row(String label, double computed, String printed) {
        return row(label, Tensor.of(computed), printed);
    }

    /**
     * One value against what the document prints for it ({@link Printed}: a number stands for every element, a row
     * for every row). Every element is judged; the line shows the computed elements that the printed ones stand for.
     */
    Comparison row(String label, Tensor computed, String printed) {
        Printed p = Printed.of(printed);
        double[][] c = computed.toMatrix();
        if (!p.fits(c.length, c[0].length)) {
            throw new IllegalArgumentException(label + ": the printed " + printed + " does not broadcast to the computed "
                    + computed.shape());
        }
        Verdict worst = Verdict.AGREES;
        int wi = 0;
        int wj = 0;
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c[i].length; j++) {
                Verdict v = p.verdict(c[i][j], i, j);
                if (v.compareTo(worst) > 0 || v == worst && v != Verdict.AGREES && p.units(c[i][j], i, j) > p.units(c[wi][wj], wi, wj)) {
                    worst = v;
                    wi = i;
                    wj = j;
                }
            }
        }
        counts.merge(worst, 1, Integer::sum);
        run.printf("  %s %-" + LABEL_WIDTH + "s %-" + VALUE_WIDTH + "s   printed %s", worst.mark, label, shown(p, c), p.text());
        if (worst != Verdict.AGREES) {
            String where = c.length * c[0].length == 1 ? "" : String.format(Locale.ROOT, "element (%d, %d): ", wi + 1, wj + 1);
            run.printf("%s%scomputed %s, printed %s: %.1f units of the last printed digit away", " ".repeat(LABEL_WIDTH + 5),
                    where, p.show(c[wi][wj], wi, wj), p.cell(wi, wj), p.units(c[wi][wj], wi, wj));
        }
        return this;
    }

    /** The computed elements at the printed ones' places, in the printed layout. */
    private static String shown(Printed p, double[][] c) {
        if (p.rows() == 1 && p.cols() == 1 && !p.text().strip().startsWith("[")) {
            return p.show(c[0][0], 0, 0) + (c.length * c[0].length > 1 ? " (every element)" : "");
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < p.rows(); i++) {
            sb.append(i == 0 ? "[" : ", [");
            for (int j = 0; j < p.cols(); j++) {
                sb.append(j == 0 ? "" : ", ").append(p.show(c[i][j], i, j));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    /** How many values were found with {@code verdict}. */
    int count(Verdict verdict) {
        return counts.get(verdict);
    }

    /** Puts the counts into the summary under {@code key}: {@code {"agree": …, "last_digit": …, "disagree": …}}. */
    void record(String key) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("agree", count(Verdict.AGREES));
        m.put("last_digit", count(Verdict.LAST_DIGIT));
        m.put("disagree", count(Verdict.DISAGREES));
        run.result(key, m);
    }
}
