package io.debrief.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap during a run: the highest used heap sampled every few milliseconds, and the highest heap still in
 * use after a collection (the live data the run really holds), from the collectors' notifications.
 */
public final class HeapWatch implements AutoCloseable {

    private static final long SAMPLE_EVERY_MS = 5;

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<Registration> registrations = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                            notification.getType())) {
                        afterGc(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                registrations.add(new Registration(emitter, listener));
            }
        }
        sampler = new Thread(this::sample, "heap-watch");
        sampler.setDaemon(true);
    }

    /** Collects once so the run starts from its live data, then starts watching. */
    public static HeapWatch start() {
        System.gc();
        HeapWatch watch = new HeapWatch();
        watch.sampler.start();
        return watch;
    }

    public long peakUsed() {
        return peakUsed.get();
    }

    public long peakAfterGc() {
        return peakAfterGc.get();
    }

    public long collections() {
        return collections.get();
    }

    @Override
    public void close() {
        running = false;
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Registration registration : registrations) {
            try {
                registration.emitter().removeNotificationListener(registration.listener());
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
        }
    }

    private void sample() {
        while (running) {
            peakUsed.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(SAMPLE_EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void afterGc(GarbageCollectionNotificationInfo info) {
        collections.incrementAndGet();
        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                .mapToLong(MemoryUsage::getUsed)
                .sum();
        peakAfterGc.accumulateAndGet(used, Math::max);
        long before = info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                .mapToLong(MemoryUsage::getUsed)
                .sum();
        peakUsed.accumulateAndGet(before, Math::max);
    }

    private record Registration(NotificationEmitter emitter, NotificationListener listener) {}
}
