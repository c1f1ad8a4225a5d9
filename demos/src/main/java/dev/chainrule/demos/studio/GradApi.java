package dev.chainrule.demos.studio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import dev.chainrule.autograd.lang.ChainException;
import dev.chainrule.autograd.lang.ChainProgram;
import dev.chainrule.autograd.lang.DeepStack;
import dev.chainrule.autograd.lang.Limits;
import dev.chainrule.demos.cli.Converters;
import dev.chainrule.demos.grad.Transcript;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import picocli.CommandLine.TypeConversionException;

/**
 * The derivation's HTTP API. {@code POST /api/grad?lr=ETA&of=NAME} with the program as the body: 200 with exactly
 * what {@code chainrule grad - --format json --lr ETA --of NAME} prints (checks that fail included), 400 with
 * {@code {"error": {"line", "column", "message"}}} for an error in the program or the parameters.
 * {@code POST /api/derivation} takes the same and answers with what the derivation page draws
 * ({@link DerivationJson}). {@code GET /api/examples} lists the shipped examples with their text.
 *
 * <pre>{@code
 * curl -s --data-binary @demos/examples/seed000-ex1-tanh-step.chain 'http://127.0.0.1:8080/api/grad?lr=0.1'
 * }</pre>
 */
final class GradApi {
    private static final Set<String> PARAMETERS = Set.of("lr", "of");

    private final StudioSettings settings;
    private final Evaluations evaluations;

    GradApi(StudioSettings settings, Evaluations evaluations) {
        this.settings = settings;
        this.evaluations = evaluations;
    }

    void grad(HttpExchange ex) throws IOException {
        Request r = request(ex);
        String json = evaluations.run(() -> {
            try {
                return Transcript.json(r.source, settings.limits(), r.of, r.lr);
            } catch (ChainException e) {
                throw programError(e, r.of, settings.limits());
            }
        });
        Exchanges.json(ex, 200, json);
    }

    void derivation(HttpExchange ex) throws IOException {
        Request r = request(ex);
        String json = evaluations.run(() -> {
            try {
                return DeepStack.run(() -> DerivationJson.of(ChainProgram.parse(r.source, settings.limits()).evaluate(r.of),
                        r.lr).toString());
            } catch (ChainException e) {
                throw programError(e, r.of, settings.limits());
            }
        });
        Exchanges.json(ex, 200, json);
    }

    void examples(HttpExchange ex) throws IOException {
        Exchanges.requireMethod(ex, "GET", "HEAD");
        ArrayNode list = Exchanges.JSON.createArrayNode();
        for (String name : Transcript.examples()) {
            list.addObject().put("name", name).put("text", Transcript.example(name));
        }
        Exchanges.json(ex, 200, list.toString());
    }

    /** A program and the flags of {@code chainrule grad} that apply to it. */
    private record Request(String source, String of, OptionalDouble lr) {
    }

    private Request request(HttpExchange ex) throws IOException {
        Exchanges.requireMethod(ex, "POST");
        Map<String, String> query = Exchanges.query(ex);
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new HttpError(400, "unknown query parameter '" + name + "' (the parameters are lr and of)");
            }
        }
        OptionalDouble lr = OptionalDouble.empty();
        if (query.containsKey("lr")) {
            try {
                lr = OptionalDouble.of(new Converters.FiniteDouble().convert(query.get("lr")));
            } catch (TypeConversionException e) {
                throw new HttpError(400, "lr=" + query.get("lr") + ": " + e.getMessage());
            }
        }
        String of = query.get("of");
        if (of != null && of.isBlank()) {
            throw new HttpError(400, "of= needs the name of a value to differentiate");
        }
        return new Request(Exchanges.text(ex, settings.maxBody()), of, lr);
    }

    /** A program's error as the 400 answer: at its line and column, or about {@code of}, or past a limit. */
    static HttpError programError(ChainException e, String of, Limits limits) {
        if (e.isAboutTarget() && e.line() == 0) {
            return new HttpError(400, 0, 0, "of=" + of + ": " + e.getMessage());
        }
        String message = e.getMessage() + e.limit().map(k -> " (the studio's limit of " + k.what() + " is "
                + limits.of(k) + "; chainrule grad on the command line can raise it)").orElse("");
        return new HttpError(400, e.line(), e.column(), message);
    }
}
