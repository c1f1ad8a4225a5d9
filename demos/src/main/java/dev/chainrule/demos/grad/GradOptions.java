package dev.chainrule.demos.grad;

import java.util.List;

/**
 * The parsed arguments of {@code chainrule grad}.
 *
 * @param file      the program's path, or {@code -} for standard input
 * @param of        the target's name, or null for the last assigned
 * @param lr        the learning rate η for the update, or null
 * @param format    text, markdown, latex, json, dot, svg or png
 * @param precision decimals shown by the text-like formats
 * @param help      {@code --help} was given
 */
record GradOptions(String file, String of, Double lr, String format, int precision, boolean help) {
    static final List<String> FORMATS = List.of("text", "markdown", "latex", "json", "dot", "svg", "png");

    static GradOptions parse(String[] args) {
        String file = null;
        String of = null;
        Double lr = null;
        String format = "text";
        int precision = 6;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String flag = a.contains("=") && a.startsWith("--") ? a.substring(0, a.indexOf('=')) : a;
            String inline = a.contains("=") && a.startsWith("--") ? a.substring(a.indexOf('=') + 1) : null;
            switch (flag) {
                case "--help", "-h" -> {
                    return new GradOptions("-", null, null, "text", 6, true);
                }
                case "--of" -> of = inline != null ? inline : value(args, ++i, flag);
                case "--lr" -> lr = number(inline != null ? inline : value(args, ++i, flag));
                case "--format" -> {
                    format = inline != null ? inline : value(args, ++i, flag);
                    if (!FORMATS.contains(format)) {
                        throw new IllegalArgumentException("--format " + format + ": unknown format (one of "
                                + String.join(", ", FORMATS) + ")");
                    }
                }
                case "--precision" -> {
                    String p = inline != null ? inline : value(args, ++i, flag);
                    try {
                        precision = Integer.parseInt(p);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--precision " + p + ": not a whole number");
                    }
                    if (precision < 0 || precision > 17) {
                        throw new IllegalArgumentException("--precision " + p + ": must be between 0 and 17");
                    }
                }
                default -> {
                    if (a.startsWith("--") || (a.startsWith("-") && a.length() > 1)) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    if (file != null) {
                        throw new IllegalArgumentException("one program at a time: got " + file + " and " + a);
                    }
                    file = a;
                }
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("no program given (a .chain file, or - for standard input)");
        }
        return new GradOptions(file, of, lr, format, precision, false);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }

    private static double number(String s) {
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--lr " + s + ": not a finite number");
        }
    }
}
