package dev.chainrule.autograd.lang;

import dev.chainrule.autograd.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A parsed {@code .chain} program: a model written as expressions, with the claims of a hand derivation.
 *
 * <pre>{@code
 * ChainProgram p = ChainProgram.parse("""
 *     param w = [[0.5, -0.3]]
 *     h = [[0.2], [0.7]]
 *     L = sum(tanh(w @ h))
 *     check grad(L, w) == (1 - tanh(w @ h) ^ 2) @ h.T
 *     """);
 * Evaluation e = p.evaluate(Optional.empty(), OptionalDouble.of(0.1));
 * e.allChecksPassed();     // true
 * e.updated().get("w");    // w - 0.1 ∂L/∂w
 * }</pre>
 *
 * <p>Errors in the program are {@link ChainException}s carrying a line and column. Parsing and evaluation run on a
 * thread with a large stack, so deeply nested expressions (10,000 parentheses) are fine.
 */
public final class ChainProgram {
    private static final long STACK_BYTES = 1L << 30;

    private final List<Statement> statements;

    private ChainProgram(List<Statement> statements) {
        this.statements = List.copyOf(statements);
    }

    /** Parses {@code source}; throws {@link ChainException} at the first syntax error. */
    public static ChainProgram parse(String source) {
        return onDeepStack(() -> new ChainProgram(Parser.parse(source)));
    }

    public List<Statement> statements() {
        return statements;
    }

    /**
     * Runs the program and differentiates its target: the last assigned name, or {@code of} if given.
     *
     * @throws ChainException           for an error in the program (unknown name, shape mismatch, ...)
     * @throws IllegalArgumentException if {@code of} names no value, or the learning rate is not finite
     */
    public Evaluation evaluate(Optional<String> of, OptionalDouble learningRate) {
        if (learningRate.isPresent() && !Double.isFinite(learningRate.getAsDouble())) {
            throw new IllegalArgumentException("--lr must be a finite number, got " + learningRate.getAsDouble());
        }
        return onDeepStack(() -> {
            Evaluator ev = Evaluator.forProgram(statements);
            ev.run(statements);
            List<Binding> bindings = new ArrayList<>(ev.bindings().values());
            if (bindings.isEmpty()) {
                throw new ChainException(1, 1, "empty program: nothing is assigned, so there is nothing to differentiate"
                        + " (write e.g. 'x = 2' and 'L = x ^ 2')");
            }
            Binding target = of.map(name -> find(ev, name)).orElse(bindings.get(bindings.size() - 1));
            Tensor value = target.value();
            if (value.size() != 1) {
                Statement.Assign a = target.statement();
                throw new ChainException(a.line(), a.column(), "the target '" + target.name() + "' has shape "
                        + value.shape() + " but gradients are of a scalar: add a line such as 'L = sum(" + target.name()
                        + ")', or choose another target with --of");
            }
            return new Evaluation(bindings, target, value.grad(), ev.checks(), learningRate);
        });
    }

    private static Binding find(Evaluator ev, String name) {
        Binding b = ev.bindings().get(name);
        if (b == null) {
            throw new IllegalArgumentException("--of " + name + ": the program assigns no '" + name + "'"
                    + Names.suggestion(name, ev.bindings().keySet()));
        }
        return b;
    }

    /**
     * Threads with a large stack, one per processor, each ending after a few idle seconds: starting a thread for
     * every parse and every evaluation would cost more than most programs take to run.
     */
    private static final ExecutorService DEEP_STACKS = deepStacks();

    private static ExecutorService deepStacks() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 5, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), work -> {
                    Thread t = new Thread(null, work, "chain-eval", STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Runs {@code work} on a thread with a large stack, passing its result or exception through. */
    static <T> T onDeepStack(Supplier<T> work) {
        Future<T> result = DEEP_STACKS.submit(() -> {
            try {
                return work.get();
            } catch (StackOverflowError e) {
                throw new ChainException(1, 1, "the program is nested too deeply to evaluate");
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            Throwable f = e.getCause();
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(f);
        }
    }
}
