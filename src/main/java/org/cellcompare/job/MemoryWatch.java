package org.cellcompare.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import javax.management.NotificationEmitter;

/**
 * Notices when the heap ran nearly full even after a garbage collection. Java's OutOfMemoryError
 * is often caught far from its cause and reported as something else: H2 closes its database when
 * its writer runs out of memory, and every statement after that fails with "The database has been
 * closed". Knowing that memory ran short turns those into the one sentence that helps: give Java
 * more memory.
 */
public final class MemoryWatch {

    /** Full enough after a collection that the next allocations may well fail. */
    private static final double NEARLY_FULL = 0.9;

    private static volatile boolean ranShort;
    private static boolean installed;

    private MemoryWatch() {
    }

    /** Watches the heap's pools from now on; once per JVM. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage() == null ? -1 : pool.getUsage().getMax();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                pool.setCollectionUsageThreshold((long) (max * NEARLY_FULL));
            }
        }
        ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener((notification, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                ranShort = true;
            }
        }, null, null);
    }

    /** Whether the heap has been nearly full after a collection, or an OutOfMemoryError was seen. */
    public static boolean ranShort() {
        return ranShort;
    }

    static void sawOutOfMemory() {
        ranShort = true;
    }

    /** The heap this JVM may use, in MB, for the sentence that asks for more. */
    static long heapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
}
