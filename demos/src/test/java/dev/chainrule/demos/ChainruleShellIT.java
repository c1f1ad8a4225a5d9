package dev.chainrule.demos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./chainrule shell}: jshell with {@code target/chainrule.jar} and the start-up script
 * {@code shell-startup.jsh}, which imports autograd's API, every package of nn and data, and no simple name twice.
 */
class ChainruleShellIT {
    private static final Pattern IMPORT = Pattern.compile("import (static )?([\\w.]+?)(\\.\\*)?;");
    /** The packages every jshell session imports on demand: java.lang and jshell's DEFAULT start-up. */
    private static final List<String> JSHELL_DEFAULTS = List.of("java.lang", "java.io", "java.math", "java.net",
            "java.nio.file", "java.util", "java.util.concurrent", "java.util.function", "java.util.prefs",
            "java.util.regex", "java.util.stream");

    @TempDir
    Path dir;

    @Test
    void theStartupScriptImportsEveryPackageOfNnAndDataAndNoSimpleNameTwice() throws IOException {
        Set<String> onDemand = new TreeSet<>();
        Set<String> single = new TreeSet<>();
        for (String line : Files.readAllLines(BuiltJar.shellStartup())) {
            Matcher m = IMPORT.matcher(line.strip());
            if (m.matches() && m.group(1) == null) {
                (m.group(3) != null ? onDemand : single).add(m.group(2));
            }
        }
        Map<String, Set<String>> packagesByName = new TreeMap<>();   // public top-level types of the jar
        Set<String> classes = new TreeSet<>();
        // the jar's classes, loaded from the tests' class path (GradientAssert needs AssertJ, which the jar leaves out)
        ClassLoader loader = ChainruleShellIT.class.getClassLoader();
        try (JarFile jar = new JarFile(BuiltJar.jar().toFile())) {
            for (String entry : jar.stream().map(e -> e.getName()).toList()) {
                if (entry.startsWith("dev/chainrule/") && entry.endsWith(".class") && !entry.contains("$")
                        && !entry.endsWith("package-info.class") && !entry.startsWith("dev/chainrule/demos/")) {
                    String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                    if (Modifier.isPublic(Class.forName(name, false, loader).getModifiers())) {
                        classes.add(name);
                        int dot = name.lastIndexOf('.');
                        packagesByName.computeIfAbsent(name.substring(dot + 1), n -> new TreeSet<>())
                                .add(name.substring(0, dot));
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        Set<String> packages = new TreeSet<>();
        packagesByName.values().forEach(packages::addAll);

        assertThat(packages.stream().filter(p -> p.startsWith("dev.chainrule.nn") || p.startsWith("dev.chainrule.data")))
                .as("packages of nn and data that the start-up script does not import").isSubsetOf(onDemand);
        assertThat(onDemand).as("imported packages").isSubsetOf(packages);
        assertThat(single).as("imported types").isSubsetOf(classes).contains("dev.chainrule.autograd.Tensor");

        List<String> ambiguous = new ArrayList<>();
        packagesByName.forEach((name, in) -> {
            List<String> from = new ArrayList<>(in.stream().filter(onDemand::contains).toList());
            JSHELL_DEFAULTS.stream().filter(p -> isPublicJdkType(p + "." + name)).forEach(from::add);
            if (from.size() > 1 && single.stream().noneMatch(s -> s.endsWith("." + name))) {
                ambiguous.add(name + " (" + String.join(", ", from) + ")");
            }
        });
        assertThat(ambiguous).as("simple names that two imported packages declare").isEmpty();
    }

    private static boolean isPublicJdkType(String name) {
        try {
            return Modifier.isPublic(Class.forName(name, false, ClassLoader.getPlatformClassLoader()).getModifiers());
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void jshellRunsTheStartupScriptAndUsesAutogradNnAndDataWithTheJarAlone() throws IOException, InterruptedException {
        Path model = dir.resolve("model.json");
        Path script = Files.writeString(dir.resolve("session.jsh"), """
                var x = Tensor.of(new double[][] {{0.5}, {-0.2}});
                var W = param("W", new double[][] {{0.3, -0.1}});
                Gradients g = W.matmul(x).tanh().sum().grad();
                Params p = Params.empty().with("W", W);
                Sequential net = MLP.sizes(2, 3, 1).build();
                Dataset moons = MakeMoons.of(20).withNoise(0.1).generate(0);
                ModelFile.save(Path.of("%s"), net, net.init(new RandomState(0)));
                SavedModel loaded = ModelFile.load(Path.of("%s"));
                System.out.println("session: " + p.names() + " " + g.of(W).shape() + " " + moons.size() + " moons, "
                        + loaded.params().size() + " parameters loaded");
                /exit
                """.formatted(model, model));
        BuiltJar.Run run = BuiltJar.run(dir, List.of(BuiltJar.jdkTool("jshell").toString(),
                "--class-path", BuiltJar.jar().toString(), "--startup", "DEFAULT",
                "--startup", BuiltJar.shellStartup().toString(), script.toString()));
        assertThat(run.output()).startsWith("chainrule shell: autograd, nn and data are imported")
                .contains("session: List(W) (1,2) 20 moons, 4 parameters loaded\n")
                .doesNotContain("Error", "Exception", "|  ");
        assertThat(run.status()).isZero();
    }
}
