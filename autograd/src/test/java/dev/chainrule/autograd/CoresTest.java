package dev.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The cores' runner: every part once, failures passed on, and callers that meet or nest each get all their parts. A
 * lost part would leave its caller waiting: each test fails after 30 s instead, on a thread of its own.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CoresTest {
    @Test
    void runsEveryPartExactlyOnceForAnyNumberOfParts() {
        for (int parts = 0; parts <= 2 * Cores.count() + 1; parts++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(parts, 1));
            Cores.run(parts, p -> runs.incrementAndGet(p));
            for (int p = 0; p < parts; p++) {
                assertThat(runs.get(p)).as("part %d of %d", p, parts).isEqualTo(1);
            }
        }
    }

    @Test
    void aFailingPartFailsTheCallAndTheNextCallRunsNormally() {
        for (int failing = 0; failing < Math.min(2, Cores.count()); failing++) {
            int f = failing;
            assertThatThrownBy(() -> Cores.run(2, p -> {
                if (p == f) {
                    throw new IllegalArgumentException("part " + p);
                }
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("part " + f);
        }
        AtomicIntegerArray runs = new AtomicIntegerArray(2);
        Cores.run(2, runs::incrementAndGet);
        assertThat(runs.get(0) + runs.get(1)).isEqualTo(2);
    }

    @Test
    void aPartThatRunsPartsItselfGetsThemAll() {
        AtomicIntegerArray inner = new AtomicIntegerArray(6);
        Cores.run(2, p -> Cores.run(3, q -> inner.incrementAndGet(3 * p + q)));
        for (int i = 0; i < 6; i++) {
            assertThat(inner.get(i)).isEqualTo(1);
        }
    }

    @Test
    void callersOnSeveralThreadsAtOnceEachGetAllTheirParts() throws InterruptedException {
        int callers = 4;
        int calls = 200;
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < calls; i++) {
                        AtomicIntegerArray runs = new AtomicIntegerArray(3);
                        Cores.run(3, p -> {
                            long until = System.nanoTime() + 20_000;   // long enough for the callers' calls to meet
                            while (System.nanoTime() < until) {
                                Thread.onSpinWait();
                            }
                            runs.incrementAndGet(p);
                        });
                        for (int p = 0; p < 3; p++) {
                            assertThat(runs.get(p)).isEqualTo(1);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            t.setDaemon(true);   // a caller stuck waiting for a lost part fails the test below, and does not hang the run
            threads.add(t);
            t.start();
        }
        go.countDown();
        long deadline = System.nanoTime() + 30_000_000_000L;
        for (Thread t : threads) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        assertThat(failure.get()).isNull();
        assertThat(threads).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
    }

    @Test
    void itsWorkersDoNotKeepTheJvmAlive() {
        Cores.run(2, p -> { });
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().startsWith("chainrule-core-"))
                .hasSize(Cores.count() - 1).allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
    }
}
