package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.Expr;
import dev.chainrule.demos.grad.Transcript;
import java.util.ArrayList;
import java.util.List;

/**
 * The solution sheet of a variant, {@code solution.md} or {@code solution.tex}: the answers by id, for a "find the
 * error" variant the planted mistake, then the whole derivation of the variant's program exactly as
 * {@code chainrule grad program.chain --lr η --precision d --format markdown|latex} presents it (every value and
 * gradient, the local derivative of each step from the ops' own rules, the backward pass by hand as checks, the
 * update) — not a second, hand-written copy of the formulas.
 *
 * <pre>{@code
 * String sheet = SolutionSheet.render(variant, Markup.of("latex"));
 * }</pre>
 */
final class SolutionSheet {
    private SolutionSheet() {
    }

    static String render(Variant v, Markup m) {
        Template t = v.template();
        Key key = v.key();
        StringBuilder insert = new StringBuilder(m.heading("Answers"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < key.answers().size(); i++) {
            Key.Answer a = key.answers().get(i);
            rows.add(List.of(m.code(a.id()), m.math(t.asked().get(i).tex(t.loss())),
                    m.math(Transcript.tex(a.value(), key.decimals()))));
        }
        insert.append(m.table(List.of(m.text("id"), m.text("quantity"), m.text("value")), rows));
        insert.append(m.paragraph(m.text("Rounded to " + key.decimals() + " decimals; an answer within ±"
                + NumberRules.rounded(key.tolerance(), key.decimals() + 1)
                + " of the exact value (in key.json) is right."
                + " The derivation below works every number: each value and gradient, the local derivative of each step"
                + " from the rules of its operations, the backward pass by hand as checks against autodiff, and the"
                + " update with η = " + key.eta() + ".")));
        if (v.planted() != null) {
            insert.append(mistake(v, m));
        }
        return Transcript.document(m.format(), "Solution: " + t.name() + ", variant " + key.variant(),
                Variants.PROGRAM, v.program(), key.lr(), key.decimals(), insert.toString());
    }

    /** The planted mistake: its step as the worked solution has it and as it should be, and what it changes. */
    private static String mistake(Variant v, Markup m) {
        Template t = v.template();
        Planted p = v.planted();
        int d = t.decimals();
        StringBuilder sb = new StringBuilder(m.heading("The mistake"));
        List<Step> right = t.network().steps(null);
        int i = indexOf(p.steps(), p.mistake().of());
        Step step = p.steps().get(i);
        String label = new Asked(Asked.Kind.GRAD, step.of(), step.kind() == Step.Kind.DELTA ? step.layer() : 0)
                .tex(t.loss());
        sb.append(m.paragraph(m.text("In the step ") + m.math(label) + m.text(": " + p.description()
                + ". The worked solution has")));
        Expr wrongShown = ExerciseSheet.shown(v.program(), p.steps(), t).get(i);
        Expr rightShown = ExerciseSheet.shown(v.program(), right, t).get(i);
        sb.append(m.display(label + " = " + Transcript.tex(wrongShown) + " = " + Transcript.tex(p.wrong(), d)));
        sb.append(m.paragraph(m.text("where it should have")));
        sb.append(m.display(label + " = " + Transcript.tex(rightShown) + " = " + Transcript.tex(p.right(), d)));
        List<String> changed = new ArrayList<>();
        for (int k = 0; k < v.key().answers().size(); k++) {
            Key.Answer a = v.key().answers().get(k);
            String worked = WorkedProgram.nameOf(a.kind(), a.name());
            Tensor theirs = p.evaluation().binding(worked).map(b -> b.value()).orElse(null);
            if (theirs != null && Mistakes.differ(theirs, a.value(), d)) {
                changed.add(m.code(a.id()) + m.text(": ") + m.math(t.asked().get(k).tex(t.loss()) + " = "
                        + Transcript.tex(theirs, d)) + m.text(" instead of ") + m.math(Transcript.tex(a.value(), d)));
            }
        }
        sb.append(m.paragraph(m.text("It changes these answers of the worked solution:")));
        sb.append(m.numbered(changed));
        return sb.toString();
    }

    private static int indexOf(List<Step> steps, String of) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).of().equals(of)) {
                return i;
            }
        }
        throw new IllegalStateException("no step of " + of);
    }
}
