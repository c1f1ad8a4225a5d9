package dev.chainrule.demos.studio;

import dev.chainrule.autograd.lang.Limits;
import java.time.Duration;

/**
 * What the studio's server allows itself: where it listens, how much one request may ask and how many trainings
 * run at once. Every budget is bounded, so that no request — a student's typo or a hostile one — takes the server
 * down.
 *
 * <pre>{@code
 * StudioSettings s = StudioSettings.DEFAULT.withPort(0);             // any free port (the tests' choice)
 * StudioSettings quick = s.withDeadline(Duration.ofMillis(200));     // stop evaluations sooner
 * }</pre>
 *
 * @param port         the TCP port on 127.0.0.1; 0 picks a free one
 * @param limits       what one program may cost ({@code /api/grad} and the derivation page)
 * @param maxBody      the largest request body, in bytes; a larger one is refused with 413
 * @param deadline     how long one evaluation may run before it is stopped (422)
 * @param evaluators   how many programs are evaluated at once; more wait in a queue
 * @param queue        how many evaluations may wait; beyond, a request is refused with 503
 * @param maxModels    how many Playground models may exist at once; a new one beyond is refused with 503
 * @param trainingIdle how long a Playground model may go unwatched (no page listening) before it is dropped
 */
public record StudioSettings(int port, Limits limits, int maxBody, Duration deadline, int evaluators, int queue,
                             int maxModels, Duration trainingIdle) {
    /** Port 8080; programs of at most 1 MB, 2 million elements and 2·10⁹ operations of products; 5 s each. */
    public static final StudioSettings DEFAULT = new StudioSettings(8080,
            new Limits(1_000_000, 2_000_000, 2_000_000_000L), 1_000_000, Duration.ofSeconds(5), 2, 64, 4,
            Duration.ofMinutes(3));

    public StudioSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("a port is a number from 0 to 65535, got " + port);
        }
        if (limits == null || deadline == null || trainingIdle == null) {
            throw new IllegalArgumentException("studio settings: limits, deadline and idle time must not be null");
        }
        if (maxBody < 1 || evaluators < 1 || queue < 0 || maxModels < 1) {
            throw new IllegalArgumentException("studio settings: sizes must be positive");
        }
    }

    public StudioSettings withPort(int p) {
        return new StudioSettings(p, limits, maxBody, deadline, evaluators, queue, maxModels, trainingIdle);
    }

    public StudioSettings withDeadline(Duration d) {
        return new StudioSettings(port, limits, maxBody, d, evaluators, queue, maxModels, trainingIdle);
    }

    public StudioSettings withLimits(Limits l) {
        return new StudioSettings(port, l, maxBody, deadline, evaluators, queue, maxModels, trainingIdle);
    }

    public StudioSettings withTraining(int models, Duration idle) {
        return new StudioSettings(port, limits, maxBody, deadline, evaluators, queue, models, idle);
    }
}
