package io.claimdiff.compare;

import io.claimdiff.model.Article;
import io.claimdiff.model.Claim;
import io.claimdiff.model.ClaimGraph;
import io.claimdiff.model.Stance;
import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times {@link ContradictionFinder} on synthetic news: 10, 100 and 1,000 articles of about fifteen
 * claims each, drawn from a few hundred stories (popular stories recur in many articles), with named
 * speakers of several sides, denials, confirmations and refusals to comment. Run with
 * {@code java -cp target/classes io.claimdiff.compare.ComparisonBenchmark [articles...]}.
 */
public final class ComparisonBenchmark {

    private static final String[] CONCEPTS = {"talks", "deal", "attack", "sanctions", "transfer", "takeover",
        "ceasefire", "troops", "meeting", "agreement", "invasion", "resignation", "withdrawal", "strike"};
    private static final String[] SIDES = {"Russia", "Ukraine", "France", "Germany", "China", "Brazil", "Israel",
        "Iran", "Turkey", "Poland", "Japan", "India", "Italy", "Spain", "Kenya", "Chile", "Canada", "Egypt"};
    private static final String[] FILLER = {"the", "on", "about", "with", "after", "would", "will", "had", "new",
        "over", "plan", "government", "officials", "week", "border", "region", "deal", "talks", "said"};
    private static final int STORIES = 400;
    private static final int CLAIMS_PER_ARTICLE = 15;

    private final Random random;
    private final List<String> names = new ArrayList<>();
    private final List<String> words = new ArrayList<>();

    ComparisonBenchmark(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 3000; i++) {
            String w = pseudoWord(2 + random.nextInt(2));
            names.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        for (int i = 0; i < 6000; i++) {
            words.add(pseudoWord(2 + random.nextInt(3)));
        }
    }

    /** Runs the benchmark; the arguments are article counts (default 10 100 1000). */
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {10, 100, 1000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        ComparisonBenchmark bench = new ComparisonBenchmark(42);
        List<Article> warmArticles = new ArrayList<>();
        List<Claim> warmClaims = new ArrayList<>();
        bench.generate(200, warmArticles, warmClaims);
        for (int i = 0; i < 3; i++) {
            new ContradictionFinder().compare(warmArticles, warmClaims);
        }
        System.out.println("articles  claims  candidate-pairs  contradictions  supports  clusters  best-ms  median-ms  cpu-ms");
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int size : sizes) {
            List<Article> articles = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            new ComparisonBenchmark(7).generate(size, articles, claims);
            long[] times = new long[5];
            long[] cpuTimes = new long[5];
            ClaimGraph graph = null;
            for (int r = 0; r < times.length; r++) {
                long t0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                graph = new ContradictionFinder().compare(articles, claims);
                cpuTimes[r] = (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000;
                times[r] = (System.nanoTime() - t0) / 1_000_000;
            }
            Arrays.sort(times);
            Arrays.sort(cpuTimes);
            int pairs = CandidateIndex.pairs(Profiles.of(articles, claims)).length;
            System.out.printf("%8d %7d %16d %15d %9d %9d %8d %10d %7d%n", size, claims.size(), pairs,
                    graph.contradictions().size(), graph.supports().size(), graph.clusters().size(),
                    times[0], times[times.length / 2], cpuTimes[cpuTimes.length / 2]);
        }
    }

    /** Adds {@code count} synthetic articles and their claims to the two lists. */
    void generate(int count, List<Article> articles, List<Claim> claims) {
        List<String[]> stories = new ArrayList<>();
        for (int s = 0; s < STORIES; s++) {
            String[] story = new String[12];
            for (int k = 0; k < 4; k++) {
                story[k] = names.get(random.nextInt(names.size()));
            }
            story[4] = CONCEPTS[random.nextInt(CONCEPTS.length)];
            story[5] = CONCEPTS[random.nextInt(CONCEPTS.length)];
            for (int k = 6; k < 12; k++) {
                story[k] = words.get(random.nextInt(words.size()));
            }
            stories.add(story);
        }
        for (int a = 0; a < count; a++) {
            // popular stories recur: a skewed pick makes a few stories fill many articles
            String[] story = stories.get((int) (STORIES * Math.pow(random.nextDouble(), 2.5)));
            String id = "b" + a;
            StringBuilder text = new StringBuilder(story[0] + " and " + story[1] + " at odds over " + story[4] + "\n");
            List<Claim> mine = new ArrayList<>();
            for (int c = 0; c < CLAIMS_PER_ARTICLE; c++) {
                int sideIndex = random.nextInt(3);
                String side = SIDES[Math.floorMod(story[0].hashCode() + sideIndex * 7, SIDES.length)];
                String speaker = story[2 + (sideIndex % 2)] + " " + names.get(Math.floorMod(story[1].hashCode() + sideIndex, names.size()));
                Stance stance = pickStance();
                String content = content(story, stance);
                int start = text.length();
                text.append(content);
                int end = text.length();
                text.append(", ").append(speaker).append(" of ").append(side).append(" said. ");
                text.append(filler(8)).append(".\n");
                mine.add(new Claim(id + "-c" + (c + 1), id, new TextSpan(start, end), new TextSpan(end + 2, end + 2),
                        null, speaker, side, stance, "synthetic", 1.0));
            }
            articles.add(new Article(id, "synthetic/" + id + ".txt", story[0], text.toString(), List.of()));
            claims.addAll(mine);
        }
    }

    private String content(String[] story, Stance stance) {
        StringBuilder b = new StringBuilder();
        if (stance == Stance.DENY) {
            b.append(random.nextBoolean() ? "there was no " : "it is false that ");
        }
        b.append(story[random.nextInt(2)]).append(' ').append(story[4 + random.nextInt(2)]).append(" with ")
                .append(story[1 + random.nextInt(3)]);
        for (int k = 0; k < 4; k++) {
            b.append(' ').append(random.nextInt(3) == 0 ? words.get(random.nextInt(words.size()))
                    : story[6 + random.nextInt(6)]);
        }
        return b.append(' ').append(filler(4)).toString();
    }

    private Stance pickStance() {
        int r = random.nextInt(100);
        return r < 70 ? Stance.ASSERT : r < 85 ? Stance.DENY : r < 93 ? Stance.CONFIRM : Stance.DECLINE;
    }

    private String filler(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(random.nextInt(4) == 0 ? words.get(random.nextInt(words.size()))
                    : FILLER[random.nextInt(FILLER.length)]);
        }
        return b.toString();
    }

    private String pseudoWord(int syllables) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return b.toString();
    }
}
