package dev.chainrule.data.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.Fixtures;

/** Compares a generated dataset with a scikit-learn fixture case: labels exactly, features bit for bit. */
final class SklearnAssert {
    private SklearnAssert() {
    }

    static void assertSameAsSklearn(Dataset actual, JsonNode fixtureCase) {
        String where = fixtureCase.get("params").toString();
        double[][] expected = Fixtures.matrix(fixtureCase.get("X"));
        assertThat(actual.labels()).as(where).containsExactly(Fixtures.ints(fixtureCase.get("y")));
        assertThat(actual.size()).as(where).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.row(i).length).as(where).isEqualTo(expected[i].length);
            for (int j = 0; j < expected[i].length; j++) {
                assertThat(actual.x(i, j)).as("%s X[%d][%d]", where, i, j).isEqualTo(expected[i][j]);
            }
        }
    }

    /**
     * Labels exactly; features within {@code relTol} of scikit-learn's relative to the column's largest magnitude,
     * and at most {@code maxDiffering} features not bit for bit. Returns the number that differ.
     */
    static int assertCloseToSklearn(Dataset actual, JsonNode fixtureCase, double relTol, int maxDiffering) {
        String where = fixtureCase.get("params").toString();
        double[][] expected = Fixtures.matrix(fixtureCase.get("X"));
        assertThat(actual.labels()).as(where).containsExactly(Fixtures.ints(fixtureCase.get("y")));
        int differing = 0;
        for (int j = 0; j < actual.features(); j++) {
            double big = 0;
            for (double[] row : expected) {
                big = Math.max(big, Math.abs(row[j]));
            }
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual.x(i, j)).as("%s X[%d][%d]", where, i, j)
                        .isCloseTo(expected[i][j], org.assertj.core.data.Offset.offset(relTol * big));
                differing += actual.x(i, j) == expected[i][j] ? 0 : 1;
            }
        }
        assertThat(differing).as(where + ": features not bit for bit").isLessThanOrEqualTo(maxDiffering);
        return differing;
    }

    static long param(JsonNode c, String name, long otherwise) {
        JsonNode v = c.get("params").get(name);
        return v == null || v.isNull() ? otherwise : v.longValue();
    }

    static double param(JsonNode c, String name, double otherwise) {
        JsonNode v = c.get("params").get(name);
        return v == null || v.isNull() ? otherwise : v.doubleValue();
    }

    static boolean param(JsonNode c, String name, boolean otherwise) {
        JsonNode v = c.get("params").get(name);
        return v == null || v.isNull() ? otherwise : v.booleanValue();
    }
}
