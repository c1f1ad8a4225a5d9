// Started by `./chainrule shell` (jshell with the chainrule jar on the class path).
// autograd's API by name: its package also holds one record per op (Tanh, Sigmoid, Softmax, ...), whose names
// would make nn's layers of the same names ambiguous.
import dev.chainrule.autograd.Anomaly;
import dev.chainrule.autograd.Functional;
import dev.chainrule.autograd.Gradients;
import dev.chainrule.autograd.NonFiniteException;
import dev.chainrule.autograd.Op;
import dev.chainrule.autograd.Shape;
import dev.chainrule.autograd.ShapeException;
import dev.chainrule.autograd.Tensor;
import dev.chainrule.autograd.check.*;
import static dev.chainrule.autograd.Tensor.*;
// nn and data: every package (ChainruleShellIT checks that none is missing and that no name is imported twice).
import dev.chainrule.nn.*;
import dev.chainrule.nn.classifier.*;
import dev.chainrule.nn.init.*;
import dev.chainrule.nn.io.*;
import dev.chainrule.nn.layers.*;
import dev.chainrule.nn.loss.*;
import dev.chainrule.nn.metrics.*;
import dev.chainrule.nn.optim.*;
import dev.chainrule.nn.train.*;
import dev.chainrule.data.csv.*;
import dev.chainrule.data.datasets.*;
import dev.chainrule.data.preprocessing.*;
import dev.chainrule.data.random.*;
import dev.chainrule.data.split.*;
System.out.println("chainrule shell: autograd, nn and data are imported, and Tensor's factories. Try");
System.out.println("  var W1 = param(\"W1\", new double[][] {{0.3, -0.1}, {0.2, 0.4}})");
System.out.println("  W1.tanh().sum().grad().of(W1)");
System.out.println("  var net = MLP.sizes(2, 10, 1).build(); var params = net.init(new RandomState(42))");
System.out.println("  var moons = MakeMoons.of(500).withNoise(0.2).generate(42)");
System.out.println("Type /exit to leave.");
