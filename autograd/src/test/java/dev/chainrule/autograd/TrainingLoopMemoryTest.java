package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training loop does not keep earlier steps' graphs: {@link TinyStepLoop} runs 100,000 steps in a JVM of its own
 * with a 32 MB heap, and the used heap after full collections at step 100,000 is within a small bound of that at
 * step 10,000. A step that kept a reference to its graph (through a parameter, the gradients or the engine) would
 * grow the heap by kilobytes a step — hundreds of megabytes over the run, which the small heap would not even hold.
 */
class TrainingLoopMemoryTest {
    /** The growth allowed between step 10,000 and step 100,000: 2 MB, about 20 bytes a step. */
    private static final long BOUND = 2L << 20;

    @TempDir
    Path dir;

    @Test
    void theHeapStaysFlatOverOneHundredThousandTinySteps() throws IOException, InterruptedException {
        Path output = dir.resolve("child.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:+UseSerialGC"));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            command.addAll(List.of("--add-modules", "jdk.incubator.vector"));   // as the tests and the launcher run
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TinyStepLoop.class.getName()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the child JVM ran 100,000 tiny steps for more than 60 s: " + Files.readString(output));
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as("the child JVM's exit status; it printed:%n%s", printed).isZero();

        Map<Integer, Long> heap = Pattern.compile("(?m)^heap (\\d+) (\\d+)$").matcher(printed).results()
                .collect(Collectors.toMap(m -> Integer.parseInt(m.group(1)), m -> Long.parseLong(m.group(2))));
        assertThat(heap).as(printed).containsOnlyKeys(TinyStepLoop.FIRST, TinyStepLoop.STEPS);
        long first = heap.get(TinyStepLoop.FIRST);
        long last = heap.get(TinyStepLoop.STEPS);
        Matcher loss = Pattern.compile("(?m)^loss (\\S+)$").matcher(printed);
        assertThat(loss.find()).as(printed).isTrue();
        System.out.printf("TrainingLoopMemoryTest: used heap after GC at step %,d: %,d bytes; at step %,d: %,d bytes; "
                + "growth %,d bytes (bound %,d); last loss %s%n", TinyStepLoop.FIRST, first, TinyStepLoop.STEPS, last,
                last - first, BOUND, loss.group(1));
        assertThat(last - first).as("heap growth from step %d to step %d", TinyStepLoop.FIRST, TinyStepLoop.STEPS)
                .isLessThan(BOUND);
        assertThat(Double.parseDouble(loss.group(1))).as("the last loss").isFinite().isLessThan(1e-3);
    }
}
