package dev.chainrule.demos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void exampleprintsTheSeedDerivation() {
        assertThat(run("example")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("L = 0.400376912484431") // PyTorch: 0.4003769124844312, within an ulp
                .contains("δ2 = ∂L/∂u2 = [[-1.09482791]]")
                .contains("[-0.50936975]")
                .contains("W2 - η ∂L/∂W2 = [[ 0.52886238 -0.31949679]]");
    }

    @Test
    void usageListsTheCommands() {
        assertThat(run()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("grad").contains("example").contains("shell")
                .contains("Exit status");
    }

    @Test
    void shellIsTheLaunchersJob() {
        assertThat(run("shell")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("./chainrule shell").contains("jshell");
        assertThat(out.size()).isZero();
    }

    @Test
    void unknownCommandIsExit2WithUsage() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'")
                .contains("chainrule --help");
        assertThat(out.size()).isZero();
    }

    @Test
    void everyCommandHasGeneratedHelp() {
        for (String command : new String[] {"grad", "data", "bench", "example", "shell", "completion"}) {
            out.reset();
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).as(command).startsWith("Usage: chainrule " + command);
        }
    }

    @Test
    void completionIsABashScriptThatKnowsTheOptions() {
        assertThat(run("completion")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("#!/usr/bin/env bash").contains("grad")
                .contains("--format").contains("--precision").contains("moons");
    }
}
