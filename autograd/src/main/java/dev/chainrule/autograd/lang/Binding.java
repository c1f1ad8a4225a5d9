package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Tensor;

/**
 * A named value of an evaluated program.
 *
 * @param name      the name assigned
 * @param value     its tensor (a node of the program's graph)
 * @param param     declared with {@code param}: a leaf that {@link Evaluation#updated} updates
 * @param statement the assignment that made it
 */
public record Binding(String name, Tensor value, boolean param, Statement.Assign statement) {
}
