/**
 * The exercises of the five course documents as runnable demos: {@code chainrule demo} lists them, {@code chainrule
 * demo NAME} runs one, printing its results and writing its pictures, data and {@code summary.json}.
 *
 * <pre>{@code
 * ./chainrule demo seed002-moons --out pictures/moons
 * }</pre>
 */
package dev.chainrule.demos.seeds;
