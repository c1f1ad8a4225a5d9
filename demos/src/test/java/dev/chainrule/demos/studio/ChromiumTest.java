package dev.chainrule.demos.studio;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where Chromium is missing, a browser test fails — never skips — with a message that says how to install it. */
class ChromiumTest {
    @Test
    void aMissingChromiumFailsWithHowToInstallIt() {
        assertThatThrownBy(() -> new Chromium(Path.of("/nonexistent/chromium"), Chromium.DRIVER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/nonexistent/chromium is missing")
                .hasMessageContaining("apt-get install chromium chromium-driver");
    }
}
