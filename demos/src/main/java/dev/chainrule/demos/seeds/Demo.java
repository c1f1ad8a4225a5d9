package dev.chainrule.demos.seeds;

/**
 * One exercise of the course documents as a runnable demo: it prints its results and writes its pictures, data
 * and a {@code summary.json} through the {@link DemoRun} it is given.
 *
 * <pre>{@code
 * ./chainrule demo                      # the list
 * ./chainrule demo seed002-moons        # one, into chainrule-out/seed002-moons/
 * ./chainrule demo all --out pictures   # every one
 * }</pre>
 */
public interface Demo {
    /** The name on the command line, e.g. {@code seed002-moons}. */
    String name();

    /** One line: which exercise, what it shows. */
    String summary();

    /** Runs the demo; its numbers go to {@code run.out()}, its files into {@code run}'s directory. */
    void run(DemoRun run) throws Exception;
}
