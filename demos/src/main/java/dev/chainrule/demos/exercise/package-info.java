/**
 * {@code chainrule exercise} and {@code chainrule grade}: fresh variants of the course documents' hand derivations
 * — the same network with other numbers that still make a clean hand calculation — each with a question sheet, a
 * worked solution, the {@code .chain} program everything is computed from and an answer key; and the marking of a
 * student's answers against that key, with errors carried forward marked as a human marker does.
 *
 * <p>How it fits together: a {@code Template} (listed in {@code Templates}) writes a
 * variant's program from drawn numbers; the language evaluates it and {@code Variants} keeps drawing until the numbers
 * keep the {@code NumberRules}; the key's numbers are the evaluation's, exactly those of
 * {@code chainrule grad program.chain --lr η --format json}; the solution sheet is {@code chainrule grad}'s own
 * derivation document. A {@code WorkedProgram} — the backward pass by hand as a program, its steps those the
 * program's checks state — lets a mistake be planted ("find the error") and lets a student's earlier answers be put
 * in place of the right ones (error carried forward).
 *
 * <pre>{@code
 * ./chainrule exercise                                                   # the templates
 * ./chainrule exercise seed000-ex1 --variants 30 --seed 7 --out exam     # exam/1/ … exam/30/
 * ./chainrule grade exam/3/key.json alice.txt                            # ✓/✗ per answer, totals; exit 0 all right
 * }</pre>
 */
package dev.chainrule.demos.exercise;
