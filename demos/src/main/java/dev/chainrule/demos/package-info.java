/**
 * The {@code chainrule} command line and the seeds' exercises as runnable demos.
 *
 * <pre>{@code
 * ./chainrule example
 * }</pre>
 */
package dev.chainrule.demos;
