package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.lang.ExprText;
import dev.chainrule.demos.grad.Transcript;

/**
 * The marks of {@code chainrule grade}, for people (one line an answer: ✓ or ✗, what it is, the expected value
 * rounded to the key's decimals, what was given; then the totals) or, with {@code --json}, for a gradebook.
 *
 * <pre>{@code
 * ✓ a1  h1 = [[0.2636], [-0.1781]]
 * ✗ a3  L = 0.4004; given 0.3969: carried forward from a2 (a method mark)
 * }</pre>
 */
final class GradeReport {
    private GradeReport() {
    }

    static String text(Grading.Result r, String keyFile, String answersFile) {
        Key key = r.key();
        StringBuilder sb = new StringBuilder("Marking ").append(answersFile).append(" against ").append(keyFile)
                .append(" (").append(key.template()).append(", variant ").append(key.variant())
                .append("): right within ±").append(NumberRules.rounded(key.tolerance(), key.decimals() + 1))
                .append(" of the exact value.\n\n");
        int width = r.marks().stream().mapToInt(m -> m.answer().id().length()).max().orElse(0);
        for (Grading.Marked m : r.marks()) {
            Key.Answer a = m.answer();
            sb.append(m.mark() == Grading.Mark.RIGHT ? "✓ " : "✗ ").append(a.id())
                    .append(" ".repeat(width - a.id().length() + 2)).append(a.label()).append(" = ")
                    .append(TensorText.nested(a.value(), v -> NumberRules.rounded(v, key.decimals())));
            switch (m.mark()) {
                case RIGHT -> { }
                case MISSING -> sb.append("; missing");
                case WRONG -> sb.append("; given ").append(TensorText.nested(m.given(), ExprText::plain))
                        .append(m.note().isEmpty() ? "" : ", " + m.note());
                case CARRIED_FORWARD -> sb.append("; given ").append(TensorText.nested(m.given(), ExprText::plain))
                        .append(": carried forward from ").append(String.join(" and ", m.followsFrom()))
                        .append(" (a method mark)");
            }
            sb.append('\n');
        }
        long right = r.count(Grading.Mark.RIGHT);
        long carried = r.count(Grading.Mark.CARRIED_FORWARD);
        int all = r.marks().size();
        return sb.append('\n').append(all).append(" answers: ").append(right).append(" right, ").append(carried)
                .append(" carried forward, ").append(r.count(Grading.Mark.WRONG)).append(" wrong, ")
                .append(r.count(Grading.Mark.MISSING)).append(" missing. Score ").append(right).append('/').append(all)
                .append(carried > 0 ? " (" + (right + carried) + "/" + all + " with method marks)" : "").append(".\n")
                .toString();
    }

    static String json(Grading.Result r, String keyFile, String answersFile) {
        Key key = r.key();
        StringBuilder sb = new StringBuilder("{\"key\": ").append(Key.string(keyFile))
                .append(", \"answers\": ").append(Key.string(answersFile))
                .append(", \"template\": ").append(Key.string(key.template()))
                .append(", \"variant\": ").append(key.variant())
                .append(", \"decimals\": ").append(key.decimals())
                .append(", \"tolerance\": ").append(key.tolerance())
                .append(",\n \"marks\": [");
        String sep = "";
        for (Grading.Marked m : r.marks()) {
            Key.Answer a = m.answer();
            sb.append(sep).append("{\"id\": ").append(Key.string(a.id()))
                    .append(", \"label\": ").append(Key.string(a.label()))
                    .append(", \"mark\": ").append(Key.string(m.mark().json()))
                    .append(", \"expected\": ").append(Transcript.json(a.value()))
                    .append(", \"given\": ").append(m.given() == null ? "null" : Transcript.json(m.given()))
                    .append(", \"follows_from\": [");
            sb.append(String.join(", ", m.followsFrom().stream().map(Key::string).toList())).append(']');
            if (m.follows() != null) {
                sb.append(", \"follows\": ").append(Transcript.json(m.follows()));
            }
            sb.append(", \"note\": ").append(Key.string(m.note())).append('}');
            sep = ",\n           ";
        }
        return sb.append("],\n \"totals\": {\"answers\": ").append(r.marks().size())
                .append(", \"right\": ").append(r.count(Grading.Mark.RIGHT))
                .append(", \"carried_forward\": ").append(r.count(Grading.Mark.CARRIED_FORWARD))
                .append(", \"wrong\": ").append(r.count(Grading.Mark.WRONG))
                .append(", \"missing\": ").append(r.count(Grading.Mark.MISSING)).append("}}\n").toString();
    }
}
