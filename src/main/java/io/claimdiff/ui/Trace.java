package io.claimdiff.ui;

import java.lang.management.ManagementFactory;

/**
 * A start-up timeline for diagnosis: with {@code -Dclaimdiff.trace=true}, each mark prints
 * "TRACE ms-since-JVM-start thread what [thread cpu N ms]" on stderr (docs/benchmarks.md reads one). Off, a mark
 * costs one boolean test.
 */
final class Trace {

    static final boolean ON = Boolean.getBoolean("claimdiff.trace");
    private static final long JVM_START = ON ? ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private Trace() {
    }

    static void mark(String what) {
        if (ON) {
            System.err.println("TRACE " + (System.currentTimeMillis() - JVM_START) + " "
                    + Thread.currentThread().getName() + " " + what + " [thread cpu "
                    + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms]");
        }
    }
}
