package dev.chainrule.data.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.Fixtures;
import org.junit.jupiter.api.Test;

class LibmTrigTest {
    @Test
    void sinAndCosAreGlibcsBitForBit() {
        JsonNode f = Fixtures.load("libm.json");
        double[] x = Fixtures.doubles(f.get("x"));
        double[] sin = Fixtures.doubles(f.get("sin"));
        double[] cos = Fixtures.doubles(f.get("cos"));
        int checked = 0;
        for (int i = 0; i < x.length; i++) {
            if (Math.abs(x[i]) >= 105414350) {
                continue;
            }
            assertThat(Double.doubleToRawLongBits(LibmTrig.sin(x[i]))).as("sin(%s)", x[i])
                    .isEqualTo(Double.doubleToRawLongBits(sin[i]));
            assertThat(Double.doubleToRawLongBits(LibmTrig.cos(x[i]))).as("cos(%s)", x[i])
                    .isEqualTo(Double.doubleToRawLongBits(cos[i]));
            checked++;
        }
        assertThat(checked).isGreaterThan(450);
    }

    @Test
    void tableEntryMatchesTheLibrarysFirstStep() {
        // sin(1/128) and cos(1/128) as double-doubles, as glibc's table holds them
        assertThat(Double.doubleToRawLongBits(LibmTrig.sin(1.0 / 128))).isEqualTo(0x3f7fffeaaaaeeeefL);
        assertThat(Double.doubleToRawLongBits(LibmTrig.cos(1.0 / 128))).isEqualTo(0x3fefffc000155552L);
    }
}
