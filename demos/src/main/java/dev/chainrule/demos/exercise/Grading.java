package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marks a student's answers against a key, the way a human marker does:
 * <ul>
 *   <li><b>right</b> (✓) when every element is within half a unit of the key's last decimal of the exact value
 *       ({@link Key#tolerance()}): the correctly rounded answer, or a more precise one. A single row or column may
 *       be written as a flat list, and a 1 × 1 matrix as a number;</li>
 *   <li><b>carried forward</b> (✗, with a method mark) when it is wrong but follows from the student's own earlier
 *       wrong answers: the worked solution recomputed from the student's earlier answers (the wrong ones as given,
 *       the right ones exact; {@link Recomputation}) gives a value other than the right one, and the answer is
 *       within one unit of the last decimal of it (the student's earlier answers were rounded too);</li>
 *   <li><b>wrong</b> (✗) otherwise, and <b>missing</b> when not given.</li>
 * </ul>
 *
 * <pre>{@code
 * Grading.Result r = Grading.grade(key, AnswerFile.read(text, "alice.txt", key), Optional.of(recomputation));
 * r.count(Grading.Mark.RIGHT);
 * }</pre>
 */
final class Grading {
    /** How an answer is marked. */
    enum Mark {
        RIGHT("right"), CARRIED_FORWARD("carried_forward"), WRONG("wrong"), MISSING("missing");

        private final String json;

        Mark(String json) {
            this.json = json;
        }

        String json() {
            return json;
        }
    }

    /**
     * One answer marked.
     *
     * @param answer      the key's answer
     * @param mark        the mark
     * @param given       what the student gave, or null when missing
     * @param note        why, when it is not plainly right or wrong: a shape that does not fit; empty otherwise
     * @param followsFrom for an answer carried forward, the earlier answers it follows from
     * @param follows     for an answer carried forward, the value that follows from them
     */
    record Marked(Key.Answer answer, Mark mark, Tensor given, String note, List<String> followsFrom, Tensor follows) {
    }

    /**
     * The marks of one answer file.
     *
     * @param key   the key
     * @param marks each answer's mark, in the key's order
     */
    record Result(Key key, List<Marked> marks) {
        long count(Mark mark) {
            return marks.stream().filter(m -> m.mark() == mark).count();
        }

        boolean allRight() {
            return count(Mark.RIGHT) == marks.size();
        }
    }

    private Grading() {
    }

    /** Marks {@code given} against {@code key}; carried-forward marks need {@code recomputation}. */
    static Result grade(Key key, Map<String, AnswerFile.Given> given, Optional<Recomputation> recomputation) {
        double tolerance = key.tolerance();
        List<Marked> marks = new ArrayList<>();
        Map<String, Tensor> own = new LinkedHashMap<>();
        Map<String, Key.Answer> wrongs = new LinkedHashMap<>();
        for (Key.Answer a : key.answers()) {
            AnswerFile.Given g = given.get(a.id());
            if (g == null) {
                marks.add(new Marked(a, Mark.MISSING, null, "", List.of(), null));
                continue;
            }
            String worked = WorkedProgram.nameOf(a.kind(), a.name());
            Tensor v = conform(g.value(), a.value());
            if (v != null && within(v, a.value(), tolerance)) {
                marks.add(new Marked(a, Mark.RIGHT, g.value(), "", List.of(), null));
                own.put(worked, a.value());
                continue;
            }
            Marked marked = new Marked(a, Mark.WRONG, g.value(), v == null ? "a " + shape(g.value()) + ", not a "
                    + shape(a.value()) : "", List.of(), null);
            if (v != null && !wrongs.isEmpty() && recomputation.isPresent()) {
                marked = carriedForward(marked, v, worked, own, wrongs, recomputation.get(), tolerance);
            }
            marks.add(marked);
            if (v != null) {
                own.put(worked, v);
                wrongs.put(worked, a);
            }
        }
        return new Result(key, marks);
    }

    /**
     * {@code wrong} marked carried forward if {@code v} follows from the student's own earlier answers ({@code own}:
     * the right ones as the key has them, the wrong ones as given), of which those in {@code wrongs} are wrong. It
     * follows from each wrong one whose right value in its place would change it.
     */
    private static Marked carriedForward(Marked wrong, Tensor v, String worked, Map<String, Tensor> own,
                                         Map<String, Key.Answer> wrongs, Recomputation r, double tolerance) {
        Optional<Tensor> right = r.value(Map.of(), worked);
        Optional<Tensor> follows = r.value(own, worked);
        if (right.isEmpty() || follows.isEmpty() || !differ(follows.get(), right.get())
                || !within(v, follows.get(), 2 * tolerance)) {
            return wrong;
        }
        List<String> from = new ArrayList<>();
        for (Map.Entry<String, Key.Answer> w : wrongs.entrySet()) {
            Map<String, Tensor> corrected = new LinkedHashMap<>(own);
            corrected.put(w.getKey(), w.getValue().value());
            Optional<Tensor> value = r.value(corrected, worked);
            if (value.isEmpty() || differ(value.get(), follows.get())) {
                from.add(w.getValue().id());
            }
        }
        return new Marked(wrong.answer(), Mark.CARRIED_FORWARD, wrong.given(), "", from, follows.get());
    }

    /**
     * {@code given} in the shape of {@code expected} when it is that shape, or when one of them is a number or a
     * flat list with as many elements as the other (a row or a column); else null.
     */
    static Tensor conform(Tensor given, Tensor expected) {
        if (given.shape().equals(expected.shape())) {
            return given;
        }
        boolean flat = given.rank() < 2 || expected.rank() < 2;
        boolean line = (given.rank() < 2 || given.shape().rows() == 1 || given.shape().cols() == 1)
                && (expected.rank() < 2 || expected.shape().rows() == 1 || expected.shape().cols() == 1);
        return flat && line && given.size() == expected.size() ? Tensor.of(expected.shape(), given.toArray()) : null;
    }

    /** Whether every element of {@code a} is within {@code tolerance} of {@code b}'s. */
    static boolean within(Tensor a, Tensor b, double tolerance) {
        double[] x = a.toArray();
        double[] y = b.toArray();
        for (int i = 0; i < x.length; i++) {
            if (!(Math.abs(x[i] - y[i]) <= tolerance * (1 + 1e-9))) {
                return false;
            }
        }
        return x.length == y.length;
    }

    /** Whether some element of {@code a} differs from {@code b}'s by more than rounding in the last bits. */
    private static boolean differ(Tensor a, Tensor b) {
        double[] x = a.toArray();
        double[] y = b.toArray();
        for (int i = 0; i < x.length; i++) {
            if (!(Math.abs(x[i] - y[i]) <= 1e-12 * (1 + Math.abs(y[i])))) {
                return true;
            }
        }
        return x.length != y.length;
    }

    /** {@code number}, {@code 3-vector}, {@code 2 × 1 matrix}. */
    static String shape(Tensor t) {
        return switch (t.rank()) {
            case 0 -> "number";
            case 1 -> t.size() + "-vector";
            default -> t.shape().rows() + " × " + t.shape().cols() + " matrix";
        };
    }
}
