package dev.chainrule.autograd.lang;

/**
 * What a program may cost, checked before the work is done, so that any input — a student's typo, a file of
 * random bytes, a request to a web page — gets its answer or its error in bounded time and memory. A program over
 * a limit is refused with a {@link ChainException} whose {@link ChainException#limit()} says which limit, so that
 * a caller can say how to raise it.
 *
 * <pre>{@code
 * ChainProgram.parse(text);                                   // the default limits
 * ChainProgram.parse(text, Limits.DEFAULT.withElements(100_000_000));
 * }</pre>
 *
 * @param sourceChars the longest program text, in characters
 * @param elements    the most elements all the values a program computes may hold together (8 bytes each)
 * @param flops       the most floating-point operations of matrix products, forward and backward together
 */
public record Limits(long sourceChars, long elements, long flops) {
    /** One megabyte of program, 20 million elements (160 MB), 20 billion operations of products (seconds). */
    public static final Limits DEFAULT = new Limits(1_000_000, 20_000_000, 20_000_000_000L);

    /** The limits, each of which a caller may name. */
    public enum Kind {
        SOURCE_CHARS("characters of program text"),
        ELEMENTS("elements of values"),
        FLOPS("floating-point operations of matrix products");

        private final String what;

        Kind(String what) {
            this.what = what;
        }

        /** What is counted, in words. */
        public String what() {
            return what;
        }
    }

    public Limits {
        if (sourceChars < 1 || elements < 1 || flops < 1) {
            throw new IllegalArgumentException("limits must be positive, got " + sourceChars + ", " + elements + ", " + flops);
        }
    }

    public Limits withSourceChars(long n) {
        return new Limits(n, elements, flops);
    }

    public Limits withElements(long n) {
        return new Limits(sourceChars, n, flops);
    }

    public Limits withFlops(long n) {
        return new Limits(sourceChars, elements, n);
    }

    /** The value of limit {@code kind}. */
    public long of(Kind kind) {
        return switch (kind) {
            case SOURCE_CHARS -> sourceChars;
            case ELEMENTS -> elements;
            case FLOPS -> flops;
        };
    }
}
