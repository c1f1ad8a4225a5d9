package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.lang.ExprText;
import dev.chainrule.demos.grad.Transcript;
import java.util.List;
import java.util.Locale;

/**
 * A variant's answer key, {@code key.json}: the contract that graders and tests rely on.
 *
 * <pre>{@code
 * {"template": "seed000-ex1", "variant": 3, "seed": 7, "lr": 0.1, "decimals": 4,
 *  "program": "program.chain",
 *  "answers": [{"id": "a1", "label": "h1", "kind": "value", "name": "h1", "value": [[0.263625], [-0.178081]]},
 *              {"id": "a4", "label": "δ2 = ∂L/∂u2", "kind": "grad", "name": "u2", "value": [[-1.09482791]]}],
 *  "error": null}
 * }</pre>
 *
 * Each answer's {@code value} is exactly what {@code chainrule grad program.chain --lr LR --format json} prints for
 * {@code name} under {@code values}, {@code grads} or {@code updated} (its {@code kind}): a scalar a number, a vector
 * an array, a matrix an array of rows, every number the shortest text that reads back to the same double. For a
 * "find the error" variant, {@code error} names the step with the planted mistake, the name of the program whose
 * gradient it computes, the step's wrong value and the right one: {@code {"step": "δ1 = ∂L/∂z1", "name": "z1",
 * "wrong": [[…]], "right": [[…]]}}.
 *
 * @param template the template's name
 * @param variant  the variant's number, from 1
 * @param seed     the seed it was drawn with
 * @param lr       η of the step
 * @param decimals the decimals answers are given to; right is within half a unit of the last of them
 * @param program  the program's file, beside the key
 * @param answers  the answers, in the order asked
 * @param error    the planted mistake of a "find the error" variant, or null
 */
record Key(String template, int variant, long seed, double lr, int decimals, String program, List<Answer> answers,
           Error error) {
    Key {
        answers = List.copyOf(answers);
    }

    /**
     * One answer.
     *
     * @param id    what the answer sheet calls it: {@code a1}, {@code a2}, …
     * @param label what it is, for people: {@code δ2 = ∂L/∂u2}
     * @param kind  where {@code chainrule grad} has it
     * @param name  the program's name it is of
     * @param value the exact value
     */
    record Answer(String id, String label, Asked.Kind kind, String name, Tensor value) {
    }

    /**
     * The planted mistake of a "find the error" variant.
     *
     * @param step  the step, as a label: {@code δ1 = ∂L/∂z1}
     * @param name  the program's name whose gradient the step computes
     * @param wrong the step's value in the worked solution with the mistake
     * @param right the step's right value: {@code chainrule grad}'s gradient of {@code name}
     */
    record Error(String step, String name, Tensor wrong, Tensor right) {
    }

    /** The tolerance of a right answer: half a unit in the last decimal. */
    double tolerance() {
        return 0.5 * Math.pow(10, -decimals);
    }

    /** The key as JSON, laid out as above, ending with a newline. */
    String json() {
        StringBuilder sb = new StringBuilder("{\"template\": ").append(string(template))
                .append(", \"variant\": ").append(variant).append(", \"seed\": ").append(seed)
                .append(", \"lr\": ").append(Double.toString(lr))
                .append(", \"decimals\": ").append(decimals).append(",\n")
                .append(" \"program\": ").append(string(program)).append(",\n")
                .append(" \"answers\": [");
        String sep = "";
        for (Answer a : answers) {
            sb.append(sep).append("{\"id\": ").append(string(a.id())).append(", \"label\": ").append(string(a.label()))
                    .append(", \"kind\": ").append(string(a.kind().json()))
                    .append(", \"name\": ").append(string(a.name()))
                    .append(", \"value\": ").append(Transcript.json(a.value())).append('}');
            sep = ",\n             ";
        }
        sb.append("],\n \"error\": ");
        if (error == null) {
            sb.append("null");
        } else {
            sb.append("{\"step\": ").append(string(error.step())).append(", \"name\": ").append(string(error.name()))
                    .append(", \"wrong\": ").append(Transcript.json(error.wrong()))
                    .append(", \"right\": ").append(Transcript.json(error.right())).append('}');
        }
        return sb.append("}\n").toString();
    }

    /** η as the sheets write it: {@code 0.1}, {@code 1}. */
    String eta() {
        return ExprText.plain(lr);
    }

    /** A JSON string. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
