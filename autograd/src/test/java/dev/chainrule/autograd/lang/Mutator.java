package dev.chainrule.autograd.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random edits of a program's text: characters, tokens and lines deleted, duplicated or swapped, and random symbols
 * inserted, from ordinary typos to characters the language has no use for.
 */
final class Mutator {
    /** Tokens as a reader sees them, independent of the real lexer (which may reject the mutated text). */
    private static final Pattern TOKEN = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]*|[0-9]*\\.?[0-9]+(?:[eE][+-]?[0-9]+)?|==|#[^\\n]*|[^\\s]");

    private static final String[] SYMBOLS = {
        "(", ")", "[", "]", ",", "=", "==", "+", "-", "*", "/", "@", "^", ".", ".T", "#", "\n", "\n\n", "\t", " ",
        "\r", "\r\n", "e", "E", "e-", "0", "9", "1e999", "1.2.", "..", "_", "x", "T", "within", "check", "param",
        "grad(", "grad(L, x)", "sum(", "axis=", "axis=5", "keepdims=true", "true", "false", "slope=", "$", "!", "<",
        ">", ";", "é", "\u0663", "\u00a0", "\uD83D\uDE00", "\uD83D", "\u0000", "\u200b", "\"", "'", "{", "}", "~",
        "%", "&", "|", "\\", "`", "?", ":", "[[", "]]", "[]", "()", ",,", "= =", "- -", "^ -", "1e-3", "-0",
        "100000", "eye(", "zeros(0)", "softmax(", "log(", "tanh", "@ @",
    };

    private static final String[] WORDS = {
        "x", "y", "L", "W1", "b1", "z1", "h1", "tanh", "sigmoid", "relu", "exp", "log", "sqrt", "abs", "leaky_relu",
        "softmax", "log_softmax", "sum", "mean", "transpose", "mse", "bce", "grad", "full", "zeros", "ones", "eye",
        "check", "param", "within", "true", "false", "T", "axis", "keepdims", "0", "1", "-1", "2", "0.5", "1e-9",
    };

    private final Random rnd;

    Mutator(long seed) {
        this.rnd = new Random(seed);
    }

    /** {@code source} after one to four random edits. */
    String mutate(String source) {
        String s = source;
        int edits = 1 + rnd.nextInt(4);
        for (int i = 0; i < edits; i++) {
            s = edit(s);
        }
        return s;
    }

    private String edit(String s) {
        if (s.isEmpty()) {
            return SYMBOLS[rnd.nextInt(SYMBOLS.length)];
        }
        return switch (rnd.nextInt(12)) {
            case 0 -> deleteChar(s);
            case 1 -> duplicateChar(s);
            case 2 -> swapChars(s);
            case 3, 4 -> insert(s, SYMBOLS[rnd.nextInt(SYMBOLS.length)]);
            case 5 -> tokens(s, TokenEdit.DELETE);
            case 6 -> tokens(s, TokenEdit.DUPLICATE);
            case 7 -> tokens(s, TokenEdit.SWAP);
            case 8 -> tokens(s, TokenEdit.REPLACE);
            case 9 -> lines(s, 0);
            case 10 -> lines(s, 1);
            default -> lines(s, 2);
        };
    }

    private String deleteChar(String s) {
        int i = rnd.nextInt(s.length());
        return s.substring(0, i) + s.substring(i + 1);
    }

    private String duplicateChar(String s) {
        int i = rnd.nextInt(s.length());
        return s.substring(0, i + 1) + s.substring(i);
    }

    private String swapChars(String s) {
        if (s.length() < 2) {
            return s;
        }
        int i = rnd.nextInt(s.length() - 1);
        return s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
    }

    private String insert(String s, String what) {
        int i = rnd.nextInt(s.length() + 1);
        return s.substring(0, i) + what + s.substring(i);
    }

    private enum TokenEdit { DELETE, DUPLICATE, SWAP, REPLACE }

    private String tokens(String s, TokenEdit edit) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return insert(s, WORDS[rnd.nextInt(WORDS.length)]);
        }
        int[] a = spans.get(rnd.nextInt(spans.size()));
        String ta = s.substring(a[0], a[1]);
        return switch (edit) {
            case DELETE -> s.substring(0, a[0]) + s.substring(a[1]);
            case DUPLICATE -> s.substring(0, a[1]) + (rnd.nextBoolean() ? " " : "") + ta + s.substring(a[1]);
            case REPLACE -> s.substring(0, a[0]) + WORDS[rnd.nextInt(WORDS.length)] + s.substring(a[1]);
            case SWAP -> {
                int j = rnd.nextBoolean() ? Math.min(spans.indexOf(a) + 1, spans.size() - 1) : rnd.nextInt(spans.size());
                int[] b = spans.get(j);
                if (b == a) {
                    yield s;
                }
                int[] first = a[0] < b[0] ? a : b;
                int[] second = a[0] < b[0] ? b : a;
                yield s.substring(0, first[0]) + s.substring(second[0], second[1]) + s.substring(first[1], second[0])
                        + s.substring(first[0], first[1]) + s.substring(second[1]);
            }
        };
    }

    /** 0 deletes a line, 1 duplicates one, 2 swaps two. */
    private String lines(String s, int kind) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        int i = rnd.nextInt(lines.size());
        switch (kind) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(i));
            default -> {
                int j = rnd.nextInt(lines.size());
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
        }
        return String.join("\n", lines);
    }
}
