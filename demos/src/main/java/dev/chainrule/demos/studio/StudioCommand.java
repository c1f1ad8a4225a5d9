package dev.chainrule.demos.studio;

import dev.chainrule.demos.cli.Cli;
import dev.chainrule.demos.cli.Converters;
import dev.chainrule.demos.cli.HelpOption;
import dev.chainrule.demos.cli.Io;
import dev.chainrule.demos.cli.UsageError;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chainrule studio [--port N] [--open]}: the derivation and the Playground in a browser, computed by
 * chainrule in this process. Serves on 127.0.0.1 only until Ctrl-C; prints the address, then one line per request
 * on stderr. A port that is taken is an error that suggests another.
 *
 * <pre>{@code
 * ./chainrule studio --open              # http://127.0.0.1:8080/
 * ./chainrule studio --port 9000
 * }</pre>
 */
@Command(name = "studio", sortOptions = false,
        description = {"The derivation of a .chain program and the TensorFlow Playground in your browser, computed by "
                + "chainrule: a web server on 127.0.0.1 that runs until Ctrl-C.",
                "Page 1 (/): type a program, see its graph, values, gradients, local derivatives and checks. "
                        + "Page 2 (/playground): train a network on the Playground's data or your own CSV."})
public final class StudioCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    private HelpOption help;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", converter = Converters.WholeNumber.class,
            description = "the port on 127.0.0.1 (1 to 65535); default ${DEFAULT-VALUE}")
    private int port;

    @Option(names = "--open", description = "open the page in the default browser")
    private boolean open;

    private final Io io;

    public StudioCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 1 || port > 65_535) {
            throw new UsageError("--port " + port + ": a port is a number from 1 to 65535");
        }
        StudioServer server;
        try {
            server = StudioServer.start(StudioSettings.DEFAULT.withPort(port), io.err());
        } catch (StudioServer.PortInUse e) {
            io.err().println("chainrule studio: port " + port + " on 127.0.0.1 is already in use (by another program,"
                    + " or a studio that is already running at http://127.0.0.1:" + port + "/); choose another with --port "
                    + (port == 65_535 ? 8081 : port + 1));
            return Cli.ERROR;
        } catch (IOException e) {
            io.err().println("chainrule studio: cannot listen on 127.0.0.1:" + port + ": " + e.getMessage());
            return Cli.ERROR;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "studio-shutdown"));
        io.out().println("chainrule studio: " + server.url() + "   (the derivation; the Playground is at "
                + server.url() + "playground)");
        io.out().println("Serving on 127.0.0.1 only; Ctrl-C stops it.");
        io.out().flush();
        if (open) {
            Browser.open(server.url()).ifPresent(problem -> io.err().println("chainrule studio: could not open a browser ("
                    + problem + "); open " + server.url() + " yourself"));
        }
        new CountDownLatch(1).await();
        return Cli.OK;
    }
}
