package dev.chainrule.autograd.lang;

import java.util.function.Supplier;

/**
 * Runs recursive work (parsing, evaluating, printing deeply nested expressions) on the caller's thread and, only if
 * that thread's stack overflows, once more on a new thread with a large stack. The work must be free of side
 * effects, as parsing, evaluating and printing a program are; no thread is kept between calls.
 *
 * <pre>{@code
 * String report = DeepStack.run(() -> render(evaluation));   // 50,000 nested parentheses are fine
 * }</pre>
 */
public final class DeepStack {
    /** The stack of the second attempt: enough for the parser's deepest nesting ({@link Parser#MAX_DEPTH}). */
    private static final long STACK_BYTES = 1L << 30;

    private DeepStack() {
    }

    /** The result of {@code work}, run again on a large stack if it overflows the caller's. */
    public static <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            return onLargeStack(work);
        }
    }

    private static <T> T onLargeStack(Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (StackOverflowError e) {
                failure[0] = new ChainException(1, 1, "the program is nested too deeply to evaluate");
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "chain-deep-stack", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating a deeply nested program", e);
        }
        if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
        if (failure[0] instanceof Error err) {
            throw err;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
