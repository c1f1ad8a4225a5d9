package dev.chainrule.demos.grad;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a program's text as UTF-8, refusing to read more than a limit: an endless input stops there. */
final class ProgramText {
    /** The input is longer than the limit. */
    static final class TooLong extends IOException {
        TooLong() {
            super("too long");
        }
    }

    private ProgramText() {
    }

    /** The text of {@code in} (closed afterwards), if it has at most {@code maxChars} characters. */
    static String read(InputStream in, long maxChars) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                sb.append(buffer, 0, n);
                if (sb.length() > maxChars) {
                    throw new TooLong();
                }
            }
            return sb.toString();
        }
    }
}
