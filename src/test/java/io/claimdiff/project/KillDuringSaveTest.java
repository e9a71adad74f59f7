package io.claimdiff.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a JVM that is saving a large project in a loop, 50 times at random moments; the file
 * must always be the complete old or the complete new version, and so must the backup.
 */
class KillDuringSaveTest {

    private static final int KILLS = 50;
    private static final int WORKERS = 3;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aKilledSaveLeavesTheOldOrTheNewFile() throws Exception {
        ProjectStore store = new ProjectStore();
        byte[] a = store.bytes(SaveLoopMain.bigProject("A"));
        byte[] b = store.bytes(SaveLoopMain.bigProject("B"));
        assertTrue(a.length > 800_000, "large enough to be caught mid-write");
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            int kills = KILLS / WORKERS + (w < KILLS % WORKERS ? 1 : 0);
            results.add(pool.submit(() -> killRepeatedly(dir.resolve("w" + worker + ".claimdiff"), kills, a, b,
                    new Random(worker))));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<List<String>> result : results) {
            outcomes.addAll(result.get());
        }
        pool.shutdown();
        assertEquals(KILLS, outcomes.size());
        assertTrue(outcomes.stream().allMatch(o -> o.equals("A") || o.equals("B")), outcomes.toString());
        assertTrue(outcomes.contains("A") && outcomes.contains("B"), "kills landed while saving: " + outcomes);
    }

    private List<String> killRepeatedly(Path file, int kills, byte[] a, byte[] b, Random random) throws Exception {
        Files.write(file, a);
        List<String> outcomes = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < kills; i++) {
            Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xmx512m",
                    "-cp", System.getProperty("java.class.path"), SaveLoopMain.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("saving", out.readLine(), "child did not start");
            // let a few saves finish so both versions occur, then kill at a random point of the next
            for (int saves = random.nextInt(3); saves > 0; saves--) {
                assertEquals("saved", out.readLine());
            }
            Thread.sleep(random.nextInt(40));
            child.destroyForcibly().waitFor();
            byte[] now = Files.readAllBytes(file);
            outcomes.add(Arrays.equals(now, a) ? "A" : Arrays.equals(now, b) ? "B"
                    : "neither (" + now.length + " bytes)");
            Path backup = ProjectStore.backupOf(file);
            if (Files.exists(backup)) {
                byte[] bak = Files.readAllBytes(backup);
                if (!Arrays.equals(bak, a) && !Arrays.equals(bak, b)) {
                    outcomes.set(outcomes.size() - 1, "backup broken (" + bak.length + " bytes)");
                }
            }
        }
        return outcomes;
    }
}
