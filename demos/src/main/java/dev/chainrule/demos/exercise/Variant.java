package dev.chainrule.demos.exercise;

import dev.chainrule.autograd.lang.Evaluation;

/**
 * One variant of a template: its program, evaluated, and its key; for a "find the error" variant also the worked
 * solution with the planted mistake.
 *
 * <pre>{@code
 * Variant v = Variants.make(Templates.find("seed000-ex1").orElseThrow(), 7, 3, false);
 * v.program();        // the .chain source
 * v.key().json();     // key.json
 * }</pre>
 *
 * @param template   the template
 * @param program    the {@code .chain} program everything is computed from
 * @param evaluation the program evaluated
 * @param key        the answer key
 * @param planted    the worked solution with a mistake, for a "find the error" variant; else null
 */
record Variant(Template template, String program, Evaluation evaluation, Key key, Planted planted) {
}
