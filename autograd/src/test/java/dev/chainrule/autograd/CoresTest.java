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
        for (int count = 1; count <= 3; count++) {
            Cores cores = new Cores(count);
            for (int parts = 0; parts <= 2 * count + 1; parts++) {
                AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(parts, 1));
                cores.run(parts, p -> runs.incrementAndGet(p));
                for (int p = 0; p < parts; p++) {
                    assertThat(runs.get(p)).as("part %d of %d on %d cores", p, parts, count).isEqualTo(1);
                }
            }
        }
        assertThat(Cores.machine().count()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void partsBeyondTheFirstRunOnTheWorkersAndNoMoreThreadsThanCores() {
        Cores cores = new Cores(2);
        for (int call = 0; call < 3; call++) {
            java.util.Map<Integer, String> threads = new java.util.concurrent.ConcurrentHashMap<>();
            cores.run(2, p -> threads.put(p, Thread.currentThread().getName()));
            assertThat(threads).as("call %d", call).containsEntry(0, Thread.currentThread().getName())
                    .containsEntry(1, "chainrule-core-1");
        }
        java.util.Set<String> names = java.util.concurrent.ConcurrentHashMap.newKeySet();
        new Cores(2).run(5, p -> names.add(Thread.currentThread().getName()));
        assertThat(names).hasSize(2);
    }

    @Test
    void theMachinesCoresRunEveryPart() {
        for (int parts = 0; parts <= 2 * Cores.machine().count() + 1; parts++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(parts, 1));
            Cores.machine().run(parts, p -> runs.incrementAndGet(p));
            for (int p = 0; p < parts; p++) {
                assertThat(runs.get(p)).as("part %d of %d", p, parts).isEqualTo(1);
            }
        }
    }

    @Test
    void aFailingPartFailsTheCallAndTheNextCallRunsNormally() {
        Cores cores = new Cores(2);
        for (int failing = 0; failing < 2; failing++) {
            int f = failing;
            assertThatThrownBy(() -> cores.run(2, p -> {
                if (p == f) {
                    throw new IllegalArgumentException("part " + p);
                }
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("part " + f);
        }
        assertThatThrownBy(() -> cores.run(2, p -> {
            if (p == 1) {
                throw new AssertionError("part 1");
            }
        })).isInstanceOf(AssertionError.class).hasMessage("part 1");
        AtomicIntegerArray runs = new AtomicIntegerArray(2);
        cores.run(2, runs::incrementAndGet);
        assertThat(runs.get(0)).isEqualTo(1);
        assertThat(runs.get(1)).isEqualTo(1);
    }

    @Test
    void aCheckedExceptionThrownByAWorkersPartComesBackWrapped() {
        assertThatThrownBy(() -> new Cores(2).run(2, p -> {
            if (p == 1) {
                CoresTest.<RuntimeException>sneakyThrow(new java.io.IOException("part 1"));
            }
        })).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(java.io.IOException.class);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    @Test
    void aWorkerThatHasParkedIsWokenForTheNextPart() throws InterruptedException {
        Cores cores = new Cores(2);
        for (int i = 0; i < 3; i++) {
            AtomicIntegerArray runs = new AtomicIntegerArray(2);
            cores.run(2, runs::incrementAndGet);
            assertThat(runs.get(1)).isEqualTo(1);
            Thread.sleep(30);   // longer than the workers spin: they park
        }
    }

    @Test
    void aPartThatRunsPartsItselfGetsThemAll() {
        Cores cores = new Cores(2);
        AtomicIntegerArray inner = new AtomicIntegerArray(6);
        cores.run(2, p -> cores.run(3, q -> inner.incrementAndGet(3 * p + q)));
        for (int i = 0; i < 6; i++) {
            assertThat(inner.get(i)).isEqualTo(1);
        }
    }

    @Test
    void callersOnSeveralThreadsAtOnceEachGetAllTheirParts() throws InterruptedException {
        Cores cores = new Cores(3);
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
                        cores.run(3, p -> {
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
        new Cores(2).run(2, p -> { });
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().startsWith("chainrule-core-"))
                .isNotEmpty().allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
    }
}
