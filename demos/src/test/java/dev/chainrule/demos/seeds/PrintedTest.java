package dev.chainrule.demos.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chainrule.demos.seeds.Printed.Verdict;
import org.junit.jupiter.api.Test;

/** A printed number judges a computed one to the digits it shows. */
class PrintedTest {
    @Test
    void aNumberAgreesWhenTheComputedOneRoundsToIt() {
        Printed p = Printed.of("0.59438");
        assertThat(p.digits(0, 0)).isEqualTo(5);
        assertThat(p.verdict(0.5943797, 0, 0)).isEqualTo(Verdict.AGREES);
        assertThat(p.verdict(0.594385, 0, 0)).isEqualTo(Verdict.AGREES);
        assertThat(p.verdict(0.594389, 0, 0)).isEqualTo(Verdict.LAST_DIGIT);
        assertThat(p.verdict(0.59441, 0, 0)).isEqualTo(Verdict.DISAGREES);
        assertThat(Printed.of("0.1010").verdict(0.101780, 0, 0)).isEqualTo(Verdict.DISAGREES);
        assertThat(Printed.of("0.1010").units(0.101780, 0, 0)).isCloseTo(7.8, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(Printed.of("0").verdict(1e-17, 0, 0)).isEqualTo(Verdict.AGREES);
    }

    @Test
    void rowsBroadcastLikeNumPy() {
        Printed row = Printed.of("[[0.101308, 0.1, 0.104362, 0.1]]");
        assertThat(row.fits(4, 4)).isTrue();
        assertThat(row.fits(4, 3)).isFalse();
        assertThat(row.value(3, 2)).isEqualTo(0.104362);
        assertThat(row.digits(3, 1)).isEqualTo(1);
        Printed column = Printed.of("[[0.0884603], [0.109218], [0.126323]]");
        assertThat(column.fits(3, 3)).isTrue();
        assertThat(column.value(1, 2)).isEqualTo(0.109218);
        assertThat(Printed.of("-0.0365645").fits(3, 4)).isTrue();
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> Printed.of("[1, 2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Printed.of("[[1, 2], [3]]")).hasMessageContaining("rows of different lengths");
        assertThatThrownBy(() -> Printed.of("1e-3")).hasMessageContaining("not a decimal number");
    }
}
