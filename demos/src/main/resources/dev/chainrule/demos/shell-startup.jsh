// Started by `./chainrule shell` (jshell with the chainrule jar on the class path).
import dev.chainrule.autograd.*;
import dev.chainrule.autograd.check.*;
import static dev.chainrule.autograd.Tensor.*;
System.out.println("chainrule shell: Tensor's factories are imported. Try");
System.out.println("  var W1 = param(\"W1\", new double[][] {{0.3, -0.1}, {0.2, 0.4}})");
System.out.println("  W1.tanh().sum().grad().of(W1)");
System.out.println("Type /exit to leave.");
