package dev.chainrule.demos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * For the integration tests (*IT, run by Failsafe after {@code package}): {@code target/chainrule.jar} and the
 * {@code java} and {@code jshell} of the JDK that runs the tests, which is the JDK the build uses.
 */
final class BuiltJar {
    private BuiltJar() {
    }

    /** What a finished process printed (stdout and stderr together) and its exit status. */
    record Run(int status, String output) {
    }

    /** {@code target/chainrule.jar}, as the demos pom passes it (or found from the module's directory). */
    static Path jar() {
        Path jar = Path.of(System.getProperty("chainrule.jar", "target/chainrule.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar (made by mvn package)").isRegularFile();
        return jar;
    }

    /** The file {@code ./chainrule shell} gives jshell as its start-up script. */
    static Path shellStartup() {
        Path script = Path.of(System.getProperty("chainrule.shellStartup",
                "src/main/resources/dev/chainrule/demos/shell-startup.jsh")).toAbsolutePath();
        assertThat(script).isRegularFile();
        return script;
    }

    /** {@code bin/NAME} of the JDK that runs this test. */
    static Path jdkTool(String name) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", name);
        assertThat(tool).as("%s of the JDK that runs the tests", name).isExecutable();
        return tool;
    }

    /** Runs {@code command} in {@code dir} with nothing on its standard input; fails after two minutes. */
    static Run run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(dir, "output", ".txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("no result after two minutes: " + command + "\n" + Files.readString(output));
        }
        return new Run(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
