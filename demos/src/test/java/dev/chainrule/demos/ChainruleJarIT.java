package dev.chainrule.demos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code target/chainrule.jar} on its own carries everything the library needs at run time. */
class ChainruleJarIT {
    /** Saves a model with {@code ModelFile}, loads it back and compares: run with the jar alone on the class path. */
    private static final String SAVE_AND_LOAD = """
            import dev.chainrule.nn.Params;
            import dev.chainrule.nn.io.ModelFile;
            import dev.chainrule.nn.io.SavedModel;
            import dev.chainrule.nn.layers.Linear;
            import dev.chainrule.nn.layers.Sequential;
            import java.nio.file.Path;
            import java.util.SplittableRandom;

            public class SaveAndLoad {
                public static void main(String[] args) throws Exception {
                    Sequential net = Sequential.of(new Linear(2, 3), new Linear(3, 1));
                    Params params = net.init(new SplittableRandom(1));
                    Path file = Path.of(args[0]);
                    ModelFile.save(file, net, params);
                    SavedModel loaded = ModelFile.load(file);
                    System.out.println("loaded " + loaded.params().size() + " parameters, equal to the saved ones: "
                            + loaded.params().equals(params));
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void savesAndLoadsAModelWithTheJarAloneOnTheClassPath() throws IOException, InterruptedException {
        Path program = Files.writeString(dir.resolve("SaveAndLoad.java"), SAVE_AND_LOAD);
        BuiltJar.Run run = BuiltJar.run(dir, List.of(BuiltJar.jdkTool("java").toString(), "-cp",
                BuiltJar.jar().toString(), program.toString(), dir.resolve("model.json").toString()));
        assertThat(run.output()).isEqualTo("loaded 4 parameters, equal to the saved ones: true\n");
        assertThat(run.status()).isZero();
        assertThat(dir.resolve("model.json")).content().contains("\"format\" : \"chainrule-model\"");
    }
}
