package dev.chainrule.data.random;

/**
 * The 32-bit Mersenne Twister MT19937 of Matsumoto and Nishimura, with the two seeding procedures NumPy's legacy
 * {@code RandomState} uses. Package-private: {@link RandomState} is the public face.
 *
 * <p>The state is 624 words. Every 624 outputs the whole state is regenerated at once (the "twist"); each output
 * word is then "tempered" by four shift-and-mask steps. All arithmetic is modulo 2<sup>32</sup>, which Java's
 * {@code int} gives for free; unsigned shifts ({@code >>>}) keep the words unsigned in effect.
 */
final class Mt19937 {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;

    private final int[] mt = new int[N];
    private int pos;

    private Mt19937() {
    }

    /**
     * NumPy's {@code RandomState(seed)} for an integer seed ({@code mt19937_seed}, Knuth's linear recurrence
     * {@code mt[i] = 1812433253 · (mt[i-1] ⊕ (mt[i-1] >> 30)) + i}).
     */
    static Mt19937 seeded(int seed) {
        Mt19937 g = new Mt19937();
        g.fill(seed);
        return g;
    }

    /**
     * NumPy's {@code RandomState(array)} ({@code init_by_array}): start from the seed 19650218, then mix every key
     * word in twice over the state; the first word is forced to {@code 0x80000000} so the state is never zero.
     */
    static Mt19937 byArray(int[] key) {
        Mt19937 g = new Mt19937();
        int[] s = g.mt;
        g.fill(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                s[0] = s[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            s[i] = (s[i] ^ ((s[i - 1] ^ (s[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                s[0] = s[N - 1];
                i = 1;
            }
        }
        s[0] = UPPER;
        return g;
    }

    Mt19937 copy() {
        Mt19937 c = new Mt19937();
        System.arraycopy(mt, 0, c.mt, 0, N);
        c.pos = pos;
        return c;
    }

    private void fill(int seed) {
        int s = seed;
        for (int i = 0; i < N; i++) {
            mt[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /** The next 32 random bits (NumPy's {@code mt19937_next32}). */
    int next32() {
        if (pos == N) {
            twist();
        }
        int y = mt[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    /** 64 bits as NumPy's MT19937 makes them: the first 32-bit draw is the high half. */
    long next64() {
        long hi = next32() & 0xffffffffL;
        return hi << 32 | (next32() & 0xffffffffL);
    }

    /**
     * A double in [0, 1) with 53 random bits: 27 bits of one draw and 26 of the next,
     * {@code (a·2^26 + b) / 2^53} (NumPy's {@code random_sample}, {@code mt19937_next_double}).
     */
    double nextDouble() {
        int a = next32() >>> 5;
        int b = next32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    private void twist() {
        int k = 0;
        for (; k < N - M; k++) {
            mt[k] = mt[k + M] ^ mix(mt[k], mt[k + 1]);
        }
        for (; k < N - 1; k++) {
            mt[k] = mt[k + M - N] ^ mix(mt[k], mt[k + 1]);
        }
        mt[N - 1] = mt[M - 1] ^ mix(mt[N - 1], mt[0]);
        pos = 0;
    }

    private static int mix(int upper, int lower) {
        int y = (upper & UPPER) | (lower & LOWER);
        return (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
}
