package dev.chainrule.demos.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed arguments of {@code chainrule data}: the dataset's name and the options given, by name without the
 * leading {@code --}, with their values as written.
 *
 * @param name    the dataset, one of {@link #NAMES}
 * @param options the options given, in order
 * @param help    {@code --help} was given
 */
record DataOptions(String name, Map<String, String> options, boolean help) {
    static final List<String> NAMES = List.of("moons", "circles", "blobs", "classification", "xor", "spiral");
    private static final Set<String> SPLIT = Set.of("test-size", "split-seed", "part", "stratify");
    private static final Set<String> COMMON = Set.of("samples", "seed", "out");
    private static final Map<String, Set<String>> OWN = Map.of(
            "moons", Set.of("noise"),
            "circles", Set.of("noise", "factor"),
            "blobs", Set.of("centers", "features"),
            "classification", Set.of("features", "informative", "redundant", "classes", "clusters-per-class"),
            "xor", Set.of("noise"),
            "spiral", Set.of("noise"));
    private static final Set<String> FLAGS = Set.of("stratify");
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    static DataOptions parse(String[] args) {
        String name = null;
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                return new DataOptions(null, Map.of(), true);
            }
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                String key = eq < 0 ? a.substring(2) : a.substring(2, eq);
                if (!known(key)) {
                    throw new IllegalArgumentException("unknown option --" + key);
                }
                String value;
                if (FLAGS.contains(key)) {
                    if (eq >= 0) {
                        throw new IllegalArgumentException("--" + key + " takes no value");
                    }
                    value = "true";
                } else if (eq >= 0) {
                    value = a.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("--" + key + " needs a value");
                }
                if (options.put(key, value) != null) {
                    throw new IllegalArgumentException("--" + key + " is given twice");
                }
            } else if (name == null) {
                name = a;
            } else {
                throw new IllegalArgumentException("one dataset at a time: got " + name + " and " + a);
            }
        }
        if (name == null) {
            throw new IllegalArgumentException("no dataset given; known: " + String.join(" ", NAMES));
        }
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown dataset '" + name + "'; known: " + String.join(" ", NAMES));
        }
        for (String key : options.keySet()) {
            if (!COMMON.contains(key) && !SPLIT.contains(key) && !OWN.get(name).contains(key)) {
                throw new IllegalArgumentException("--" + key + " does not apply to " + name + " (its options: "
                        + String.join(" ", OWN.get(name).stream().sorted().map(k -> "--" + k).toList())
                        + " --samples --seed)");
            }
        }
        if (!options.containsKey("test-size")) {
            for (String key : List.of("split-seed", "part", "stratify")) {
                if (options.containsKey(key)) {
                    throw new IllegalArgumentException("--" + key + " needs --test-size");
                }
            }
        } else if (!options.containsKey("part")) {
            throw new IllegalArgumentException("--test-size needs --part train or --part test");
        } else if (!List.of("train", "test").contains(options.get("part"))) {
            throw new IllegalArgumentException("--part must be train or test, got '" + options.get("part") + "'");
        }
        return new DataOptions(name, Map.copyOf(options), false);
    }

    private static boolean known(String key) {
        return COMMON.contains(key) || SPLIT.contains(key) || OWN.values().stream().anyMatch(s -> s.contains(key));
    }

    boolean has(String key) {
        return options.containsKey(key);
    }

    int integer(String key, int otherwise, int min) {
        String v = options.get(key);
        if (v == null) {
            return otherwise;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " " + v + ": not a whole number");
        }
        if (n < min) {
            throw new IllegalArgumentException("--" + key + " " + v + ": must be >= " + min);
        }
        return n;
    }

    long seed(String key) {
        String v = options.get(key);
        if (v == null) {
            return 0;
        }
        try {
            long s = Long.parseLong(v);
            if (s >= 0 && s <= 0xffffffffL) {
                return s;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + key + " " + v + ": a seed is a whole number from 0 to 4294967295");
    }

    double number(String key, double otherwise) {
        String v = options.get(key);
        if (v == null) {
            return otherwise;
        }
        if (!DECIMAL.matcher(v).matches()) {
            throw new IllegalArgumentException("--" + key + " " + v + ": not a number");
        }
        return Double.parseDouble(v);
    }
}
