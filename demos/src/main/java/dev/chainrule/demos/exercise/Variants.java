package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Binding;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.Evaluation;
import dev.chainrule.data.random.RandomState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes variants. Variant {@code k} of a template with seed {@code S} draws from NumPy's Mersenne Twister seeded with
 * {@code [S, k, the template's name hashed]} ({@link RandomState#fromKey}), so it is the same on every machine and
 * every run, whatever else is made with it; it draws again until the numbers keep the {@link NumberRules} (and, for
 * a "find the error" variant, until a mistake can be planted that changes the final answer).
 *
 * <pre>{@code
 * Variant v = Variants.make(Templates.find("seed000-ex1").orElseThrow(), 7, 3, false);
 * }</pre>
 */
final class Variants {
    /** The file name of a variant's program, as its key names it. */
    static final String PROGRAM = "program.chain";
    /** Draws before giving up: far more than any template needs (a few on average, see the tests). */
    static final int MAX_DRAWS = 10_000;

    private Variants() {
    }

    /**
     * Variant {@code number} (from 1) of {@code template} with {@code seed} (0 to 2³² − 1); with
     * {@code findTheError},
     * with a worked solution that has one planted mistake.
     */
    static Variant make(Template template, long seed, int number, boolean findTheError) {
        RandomState random = RandomState.fromKey(seed, number, Integer.toUnsignedLong(template.name().hashCode()));
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            String source = template.program(random, number, seed);
            ChainProgram program = ChainProgram.parse(source);
            Evaluation e = program.evaluate();
            List<Key.Answer> answers = answers(template, e);
            if (!e.passed() || NumberRules.broken(template, e, answers).isPresent()) {
                continue;
            }
            Planted planted = null;
            if (findTheError) {
                planted = Mistakes.plant(template, program, e, answers, random).orElse(null);
                if (planted == null) {
                    continue;
                }
            }
            Key.Error error = planted == null ? null
                    : new Key.Error(planted.step(), planted.mistake().of(), planted.wrong(), planted.right());
            Key key = new Key(template.name(), number, seed, template.lr(), template.decimals(), PROGRAM, answers,
                    error);
            return new Variant(template, source, e, key, planted);
        }
        throw new IllegalStateException("no numbers for " + template.name() + " keep the number rules after "
                + MAX_DRAWS + " draws");
    }

    /** The answers {@code template} asks for, from its evaluated program {@code e}. */
    static List<Key.Answer> answers(Template template, Evaluation e) {
        Map<String, Tensor> updated = e.updated(template.lr());
        List<Key.Answer> answers = new ArrayList<>();
        for (Asked a : template.asked()) {
            Binding b = e.binding(a.name()).orElseThrow(() -> new IllegalStateException(template.name()
                    + " asks for " + a.name() + ", which its program does not assign"));
            Tensor value = switch (a.kind()) {
                case VALUE -> b.value();
                case GRAD -> e.gradient(b);
                case UPDATED -> updated.get(a.name());
            };
            String id = "a" + (answers.size() + 1);
            answers.add(new Key.Answer(id, a.label(template.loss()), a.kind(), a.name(), value));
        }
        return answers;
    }
}
