package dev.chainrule.demos.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Argument types whose errors say what was wrong in the project's words: {@code --lr NaN: not a finite number}. */
public final class Converters {
    private Converters() {
    }

    /** A finite decimal number. */
    public static final class FiniteDouble implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double v;
            try {
                v = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a finite number");
            }
            if (!Double.isFinite(v) || value.strip().matches("(?i).*(nan|infinity).*")) {
                throw new TypeConversionException("not a finite number");
            }
            return v;
        }
    }

    /** A whole number that fits an {@code int}. */
    public static final class WholeNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a whole number");
            }
        }
    }

    /** A whole number of at least 1, such as a limit. */
    public static final class PositiveLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long n = Long.parseLong(value.strip().replace("_", ""));
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("not a whole number of at least 1");
        }
    }

    /** NumPy's {@code random_state}: a whole number from 0 to 2³² − 1. */
    public static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long s = Long.parseLong(value.strip());
                if (s >= 0 && s <= 0xffffffffL) {
                    return s;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("a seed is a whole number from 0 to 4294967295");
        }
    }
}
