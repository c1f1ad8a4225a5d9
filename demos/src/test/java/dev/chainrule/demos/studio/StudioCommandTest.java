package dev.chainrule.demos.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chainrule.demos.Main;
import dev.chainrule.demos.cli.Io;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code chainrule studio}'s errors: a taken port suggests {@code --port}, a port out of range is refused. */
class StudioCommandTest {
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTakenPortIsAClearErrorThatSuggestsAnother() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Run r = run("studio", "--port", String.valueOf(port));
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("chainrule studio: port " + port + " on 127.0.0.1 is already in use")
                    .contains("choose another with --port ").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        Run r = run("studio", "--port", "70000");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("chainrule studio: --port 70000: a port is a number from 1 to 65535");
    }

    @Test
    void theHelpSaysWhatItServes() {
        Run r = run("studio", "--help");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("--port").contains("--open").contains("127.0.0.1").contains("Playground");
    }
}
