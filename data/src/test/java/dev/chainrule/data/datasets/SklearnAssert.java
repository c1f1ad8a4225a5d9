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
