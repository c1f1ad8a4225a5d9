package dev.chainrule.data.datasets;

import static dev.chainrule.data.datasets.SklearnAssert.assertSameAsSklearn;
import static dev.chainrule.data.datasets.SklearnAssert.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.data.Fixtures;
import dev.chainrule.data.random.RandomState;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BlobsClassificationTest {
    private static final JsonNode CLASSIFICATION = Fixtures.load("classification.json");

    static Stream<JsonNode> blobs() {
        return StreamSupport.stream(Fixtures.load("blobs.json").get("cases").spliterator(), false);
    }

    static Stream<JsonNode> classification() {
        return StreamSupport.stream(CLASSIFICATION.get("cases").spliterator(), false);
    }

    static Stream<JsonNode> sampling() {
        return StreamSupport.stream(CLASSIFICATION.get("sample_without_replacement").spliterator(), false);
    }

    @ParameterizedTest
    @MethodSource("blobs")
    void blobsAreScikitLearns(JsonNode c) {
        JsonNode p = c.get("params");
        JsonNode n = p.get("n_samples");
        MakeBlobs spec = n.isArray() ? MakeBlobs.ofCounts(Fixtures.ints(n)) : MakeBlobs.of(n.intValue());
        if (p.has("n_features")) {
            spec = spec.withFeatures(p.get("n_features").intValue());
        }
        if (p.has("centers")) {
            spec = p.get("centers").isArray() ? spec.withCenters(Fixtures.matrix(p.get("centers")))
                    : spec.withCenters(p.get("centers").intValue());
        }
        if (p.has("cluster_std")) {
            spec = p.get("cluster_std").isArray() ? spec.withClusterStd(Fixtures.doubles(p.get("cluster_std")))
                    : spec.withClusterStd(p.get("cluster_std").doubleValue());
        }
        if (p.has("center_box")) {
            spec = spec.withCenterBox(p.get("center_box").get(0).doubleValue(), p.get("center_box").get(1).doubleValue());
        }
        spec = spec.withShuffle(param(c, "shuffle", true));
        assertSameAsSklearn(spec.generate(param(c, "random_state", 0L)), c);
    }

    @ParameterizedTest
    @MethodSource("classification")
    void classificationIsScikitLearns(JsonNode c) {
        JsonNode p = c.get("params");
        MakeClassification spec = MakeClassification.defaults()
                .withSamples((int) param(c, "n_samples", 100L))
                .withFeatures((int) param(c, "n_features", 20L))
                .withInformative((int) param(c, "n_informative", 2L))
                .withRedundant((int) param(c, "n_redundant", 2L))
                .withRepeated((int) param(c, "n_repeated", 0L))
                .withClasses((int) param(c, "n_classes", 2L))
                .withClustersPerClass((int) param(c, "n_clusters_per_class", 2L))
                .withFlipY(param(c, "flip_y", 0.01))
                .withClassSep(param(c, "class_sep", 1.0))
                .withHypercube(param(c, "hypercube", true))
                .withShuffle(param(c, "shuffle", true));
        if (p.has("weights")) {
            spec = spec.withWeights(Fixtures.doubles(p.get("weights")));
        }
        if (p.has("shift")) {
            spec = p.get("shift").isNull() ? spec.withShift(null)
                    : p.get("shift").isArray() ? spec.withShift(Fixtures.doubles(p.get("shift")))
                    : spec.withShift(p.get("shift").doubleValue());
        }
        if (p.has("scale")) {
            spec = p.get("scale").isNull() ? spec.withScale(null)
                    : p.get("scale").isArray() ? spec.withScale(Fixtures.doubles(p.get("scale")))
                    : spec.withScale(p.get("scale").doubleValue());
        }
        Dataset d = spec.generate(param(c, "random_state", 0L));
        if (spec.informative() < 8) {
            assertSameAsSklearn(d, c);
        } else {
            // OpenBLAS's edge kernel for the last row of an odd-sized cluster sums 8 or more products in another
            // order: those rows may differ in the last bits (see MakeClassification's documentation)
            SklearnAssert.assertCloseToSklearn(d, c, 1e-14, d.size() * d.features() / 4);
        }
    }

    @ParameterizedTest
    @MethodSource("sampling")
    void sampleWithoutReplacementIsScikitLearns(JsonNode c) {
        long[] out = Hypercube.sampleWithoutReplacement(c.get("population").longValue(), c.get("samples").intValue(),
                new RandomState(c.get("seed").longValue()));
        assertThat(out).as(c.toString()).containsExactly(Fixtures.longs(c.get("out")));
    }

    @Test
    void impossibleClassificationsNameScikitLearnsRule() {
        assertThatThrownBy(() -> MakeClassification.of(10, 4).withInformative(3).generate(0))
                .hasMessage("make_classification: informative (3) + redundant (2) + repeated (0) features must not be"
                        + " more than features (4)");
        assertThatThrownBy(() -> MakeClassification.of(10, 4).withRedundant(0).withInformative(1).generate(0))
                .hasMessageContaining("classes × clusters per class (2 × 2 = 4) must be at most 2^informative = 2^1 = 2");
        assertThatThrownBy(() -> MakeClassification.defaults().withWeights(0.2, 0.3, 0.5).generate(0))
                .hasMessageContaining("one weight per class (2)");
        assertThatThrownBy(() -> MakeClassification.defaults().withFlipY(1.5)).hasMessageContaining("flipY");
        assertThatThrownBy(() -> MakeBlobs.of(10).withClusterStd(1, 2).generate(0))
                .hasMessageContaining("one cluster standard deviation per centre (3)");
        assertThatThrownBy(() -> MakeBlobs.of(10).withClusterStd(-1)).hasMessageContaining(">= 0");
    }

    @Test
    void parametersMayBeSetInAnyOrder() {
        Dataset a = MakeClassification.of(50, 2).withRedundant(0).withClustersPerClass(1).generate(3);
        Dataset b = MakeClassification.defaults().withClustersPerClass(1).withRedundant(0).withFeatures(2)
                .withSamples(50).generate(3);
        assertThat(a).isEqualTo(b);
        assertThat(a.features()).isEqualTo(2);
    }
}
