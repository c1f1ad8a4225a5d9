package dev.chainrule.data.random;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.Fixtures;
import org.junit.jupiter.api.Test;

class LibmLogTest {
    @Test
    void logIsGlibcsBitForBit() {
        JsonNode f = Fixtures.load("libm.json");
        double[] x = Fixtures.doubles(f.get("log_x"));
        double[] log = Fixtures.doubles(f.get("log"));
        for (int i = 0; i < x.length; i++) {
            assertThat(Double.doubleToRawLongBits(LibmLog.log(x[i]))).as("log(%s)", x[i])
                    .isEqualTo(Double.doubleToRawLongBits(log[i]));
        }
    }

    @Test
    void specialValuesFollowC() {
        assertThat(LibmLog.log(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(LibmLog.log(-1.0)).isNaN();
        assertThat(LibmLog.log(Double.NaN)).isNaN();
        assertThat(LibmLog.log(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(LibmLog.log(1.0)).isEqualTo(0.0);
        assertThat(LibmLog.log(Math.E)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-16));
    }
}
