package io.claimdiff.ui.workspace;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A start-up timeline for diagnosis: with {@code -Dclaimdiff.trace=true}, each mark prints
 * "TRACE ms-since-JVM-start thread what [thread cpu N ms]" on stderr (docs/benchmarks.md reads one). Off, a mark
 * costs one boolean test.
 */
public final class Trace {

    /** Whether tracing is on ({@code -Dclaimdiff.trace=true}). */
    public static final boolean ON = Boolean.getBoolean("claimdiff.trace");
    private static final long JVM_START = ON ? ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private Trace() {
    }

    /**
     * Prints "CPU at total=N {thread=ms, ...}": the CPU time each live thread of the process has
     * used, compiler and GC threads included, read from Linux's /proc (10 ms steps; threads that
     * have ended are gone from it). Nothing elsewhere, or when tracing is off.
     */
    public static void cpuByThread(String at) {
        Path tasks = Path.of("/proc/self/task");
        if (!ON || !Files.isDirectory(tasks)) {
            return;
        }
        Map<String, Long> cpu = new TreeMap<>();
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                String stat = Files.readString(thread.resolve("stat"));
                // "tid (name) state ..."; the name may hold spaces; numbered pools are summed
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "#");
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                cpu.merge(name, ticks * 10, Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("CPU " + at + " unreadable: " + e);
            return;
        }
        cpu.values().removeIf(ms -> ms == 0);
        long total = cpu.values().stream().mapToLong(Long::longValue).sum();
        System.err.println("CPU " + at + " total=" + total + " " + cpu);
    }

    /** Prints "TRACE ms-since-JVM-start thread what [thread cpu N ms]" when tracing is on. */
    public static void mark(String what) {
        if (ON) {
            System.err.println("TRACE " + (System.currentTimeMillis() - JVM_START) + " "
                    + Thread.currentThread().getName() + " " + what + " [thread cpu "
                    + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms]");
        }
    }
}
