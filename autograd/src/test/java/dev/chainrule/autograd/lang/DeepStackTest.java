package dev.chainrule.autograd.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link DeepStack}: work that overflows the caller's stack runs once more on a large one, and keeps nothing alive. */
class DeepStackTest {

    @Test
    @DisplayName("work that fits runs once, on the caller's thread")
    void fits() {
        AtomicInteger runs = new AtomicInteger();
        Thread caller = Thread.currentThread();
        assertThat(DeepStack.run(() -> {
            runs.incrementAndGet();
            return Thread.currentThread();
        })).isSameAs(caller);
        assertThat(runs).hasValue(1);
    }

    @Test
    @DisplayName("work that overflows runs again on a daemon thread, which cannot keep the JVM alive")
    void overflows() {
        AtomicInteger runs = new AtomicInteger();
        Thread second = DeepStack.run(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new StackOverflowError();
            }
            return Thread.currentThread();
        });
        assertThat(runs).hasValue(2);
        assertThat(second.isDaemon()).isTrue();
        assertThat(second.getName()).isEqualTo("chain-deep-stack");
    }

    @Test
    @DisplayName("an interrupted caller stops waiting, stays interrupted and interrupts the work")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void interrupted() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean sawInterrupt = new AtomicBoolean();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> DeepStack.run(() -> {
                if (runs.incrementAndGet() == 1) {
                    throw new StackOverflowError();
                }
                try {
                    Thread.sleep(TimeUnit.SECONDS.toMillis(20));
                } catch (InterruptedException e) {
                    sawInterrupt.set(true);
                }
                stopped.countDown();
                return "done";
            })).isInstanceOf(IllegalStateException.class).hasMessageContaining("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(stopped.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sawInterrupt).isTrue();
    }
}
