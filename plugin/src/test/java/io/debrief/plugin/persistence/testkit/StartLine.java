package io.debrief.plugin.persistence.testkit;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Lines work up to start together, as two cluster nodes acting at the same moment: each {@link #waiting} task blocks
 * until {@link #go()} releases them all at once.
 */
public final class StartLine {

    private final CountDownLatch start = new CountDownLatch(1);

    /** The work, to be submitted to its own thread; it begins only when {@link #go()} is called. */
    public <T> Callable<T> waiting(Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }

    public void go() {
        start.countDown();
    }
}
