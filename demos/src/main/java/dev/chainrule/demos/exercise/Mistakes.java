package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.ChainException;
import dev.chainrule.autograd.lang.Evaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Plants one mistake in a variant's worked solution, for "find the error": a kind of mistake at random (each as
 * likely), then a place for it ({@link Network#mistakeSites}) at random, the first that changes the step's value and
 * the final answer — some asked parameter after the step — at the template's decimals.
 *
 * <pre>{@code
 * Optional<Planted> p = Mistakes.plant(template, program, evaluation, answers, random);
 * }</pre>
 */
final class Mistakes {
    private Mistakes() {
    }

    static Optional<Planted> plant(Template t, ChainProgram program, Evaluation e, List<Key.Answer> answers,
                                   RandomGenerator random) {
        List<Mistake.Kind> kinds = new ArrayList<>(new java.util.TreeSet<>(t.network().mistakeSites().stream()
                .map(Mistake::kind).toList()));
        shuffle(kinds, random);
        List<Mistake> sites = new ArrayList<>();
        for (Mistake.Kind kind : kinds) {
            List<Mistake> ofKind = new ArrayList<>(t.network().mistakeSites().stream().filter(m -> m.kind() == kind)
                    .toList());
            shuffle(ofKind, random);
            sites.addAll(ofKind);
        }
        for (Mistake site : sites) {
            Tensor right = e.gradient(binding(e, site.of()));
            Mistake m = site.kind() == Mistake.Kind.SLIP ? slip(site.of(), right, t.decimals(), random) : site;
            if (m == null) {
                continue;
            }
            List<Step> steps = t.network().steps(m);
            String source = WorkedProgram.text(program, e, WorkedProgram.steps(steps), t.lr(), Map.of());
            Evaluation worked;
            try {
                worked = WorkedProgram.evaluate(source, t.loss());
            } catch (ChainException x) {
                continue;
            }
            Tensor wrong = binding(worked, WorkedProgram.gradient(m.of())).value();
            if (!worked.passed() || !differ(wrong, right, t.decimals()) || !changesTheFinalAnswer(worked, answers, t)) {
                continue;
            }
            Step step = steps.stream().filter(s -> s.of().equals(m.of())).findFirst().orElseThrow();
            String label = new Asked(Asked.Kind.GRAD, m.of(), step.kind() == Step.Kind.DELTA ? step.layer() : 0)
                    .label(t.loss());
            return Optional.of(new Planted(m, label, describe(m, step, t), steps, source, worked, wrong, right));
        }
        return Optional.empty();
    }

    /** Fisher and Yates's shuffle, with {@code random}'s draws. */
    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    /** Whether some asked parameter after the step rounds differently in {@code worked}. */
    private static boolean changesTheFinalAnswer(Evaluation worked, List<Key.Answer> answers, Template t) {
        for (Key.Answer a : answers) {
            if (a.kind() == Asked.Kind.UPDATED
                    && differ(binding(worked, WorkedProgram.updated(a.name())).value(), a.value(), t.decimals())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} and {@code b} differ in some element at {@code decimals} decimals. */
    static boolean differ(Tensor a, Tensor b, int decimals) {
        double[] x = a.toArray();
        double[] y = b.toArray();
        if (x.length != y.length) {
            return true;
        }
        for (int i = 0; i < x.length; i++) {
            if (!NumberRules.rounded(x[i], decimals).equals(NumberRules.rounded(y[i], decimals))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A slip in one element of the step of {@code of}, whose right value is {@code right}: an element shown with two
     * significant digits at least, off by 1 to 9 in its second significant digit; null when no element is that large.
     */
    private static Mistake slip(String of, Tensor right, int decimals, RandomGenerator random) {
        double[] values = right.toArray();
        int[] large = java.util.stream.IntStream.range(0, values.length)
                .filter(i -> Math.abs(values[i]) >= Math.pow(10, 1 - decimals)).toArray();
        if (large.length == 0) {
            return null;
        }
        int k = large[random.nextInt(large.length)];
        int digit = (1 + random.nextInt(9)) * (random.nextInt(2) == 0 ? 1 : -1);
        int exponent = (int) Math.floor(Math.log10(Math.abs(values[k]))) - 1;
        String amount = BigDecimal.valueOf(digit).scaleByPowerOfTen(exponent).toPlainString();
        String[] cells = new String[values.length];
        Arrays.fill(cells, "0");
        cells[k] = amount;
        String where = right.rank() == 0 ? "" : right.rank() == 1 ? "element " + (k + 1) + ", "
                : "row " + (k / right.shape().cols() + 1) + ", column " + (k % right.shape().cols() + 1) + ", ";
        return new Mistake(Mistake.Kind.SLIP, of, literal(right, cells), where + "off by " + amount);
    }

    /** {@code cells} in the shape of {@code t}, as a {@code .chain} literal. */
    private static String literal(Tensor t, String[] cells) {
        if (t.rank() == 0) {
            return cells[0];
        }
        int cols = t.shape().cols();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < cells.length; i += cols) {
            rows.add("[" + String.join(", ", Arrays.copyOfRange(cells, i, i + cols)) + "]");
        }
        return t.rank() == 1 ? rows.get(0) : "[" + String.join(", ", rows) + "]";
    }

    /** The mistake in words, in the program's names. */
    static String describe(Mistake m, Step step, Template t) {
        Network n = t.network();
        int l = step.layer();
        String o = Asked.pretty(n.act(n.layers()));
        String target = n.names().target();
        return switch (m.kind()) {
            case SIGN -> "the sign of the output error: it is taken as " + target + " − " + o + " instead of " + o
                    + " − " + target;
            case WRONG_DERIVATIVE -> {
                String a = Asked.pretty(n.act(l));
                yield n.activation(l) == Activation.TANH
                        ? "a wrong derivative of tanh: 1 − " + a + " instead of 1 − " + a + "²"
                        : "a wrong derivative of the sigmoid: " + a + " instead of " + a + "(1 − " + a
                        + "), σ instead of σ(1 − σ)";
            }
            case DROPPED_TRANSPOSE -> "a dropped transpose: " + n.weight(l + 1) + " instead of " + n.weight(l + 1)
                    + "ᵀ in carrying δ" + (l + 1) + " back";
            case MISSING_SUM -> "the sum over the batch is missing: only the first example's δ" + l + " is used";
            case SLIP -> "an arithmetic slip in one element: " + m.where();
        };
    }

    private static Binding binding(Evaluation e, String name) {
        return e.binding(name).orElseThrow(() -> new IllegalStateException("no " + name + " in the program"));
    }
}
