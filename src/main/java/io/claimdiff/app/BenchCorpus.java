package io.claimdiff.app;

import io.claimdiff.ingest.ArticleLoader;
import io.claimdiff.model.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic news corpus for benchmarks, grown from the bundled sample articles: copy {@code n}
 * of a sample has its people, towns and weekdays replaced by names made up for that copy, so a
 * large corpus is not the same five texts repeated (the contradiction finder would otherwise see
 * every copy agree with every other). Copy 0 of each sample is the sample itself. Deterministic.
 */
public final class BenchCorpus {

    // people, their first names, towns and days in the samples; countries, capitals and
    // institutions stay, since they decide parties and cross-article matches
    private static final List<String> SURNAMES = List.of("Putin", "Trump", "Zelenskyy", "Zelensky", "Peskov",
            "Macron", "Poroshenko", "Remchukov", "Scholz", "Biden", "Vance", "Rubio", "Shoigu", "Medinsky",
            "Podolyak", "Leavitt", "Timofeev", "Byrkin", "Gabriel", "Leyen", "Dunand", "Mikser");
    private static final List<String> FIRST_NAMES = List.of("Vladimir", "Donald", "Volodymyr", "Dmitry",
            "Dmitri", "Pavel", "Petro", "Emmanuel", "Olaf", "Joe", "Marco", "Sergei", "Sigmar", "Ursula",
            "Karoline", "Ivan", "Isabelle", "Sven", "Mikhailo", "Konsantin");
    private static final List<String> TOWNS = List.of("Avdiivka", "Mykolaiv", "Zaporizhia", "Kursk", "Tallinn",
            "Istanbul", "Munich", "Soschi");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final Pattern WORDS = Pattern.compile("\\b(" + String.join("|", concat()) + ")\\b");
    private static final String[] ONSETS = {"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v",
        "z", "br", "dr", "kr", "st", "tr", "sh", "ch"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ei", "ou"};
    private static final String[] ENDINGS = {"", "ov", "enko", "son", "ez", "ski", "ani", "ard", "elli", "in"};

    private final ArticleLoader loader;
    private final List<String> samples;
    private final List<String> sampleNames;

    /** A corpus from the samples bundled in the jar. */
    public BenchCorpus(ArticleLoader loader) {
        this.loader = loader;
        List<Article> loaded = new SampleArticles(loader).load(1);
        this.samples = loaded.stream().map(Article::text).toList();
        this.sampleNames = loaded.stream().map(a -> a.fileName().replaceFirst("\\.txt$", "")).toList();
    }

    /** The text of copy {@code n}: sample {@code n % 5}, with copy-specific names when {@code n >= 5}. */
    public String text(int n) {
        String sample = samples.get(n % samples.size());
        if (n < samples.size()) {
            return sample;
        }
        Random random = new Random(1_000_003L * n);
        Map<String, String> names = new HashMap<>();
        Matcher m = WORDS.matcher(sample);
        StringBuilder out = new StringBuilder(sample.length() + 64);
        while (m.find()) {
            String word = m.group(1);
            String replacement = names.computeIfAbsent(word, w -> DAYS.contains(w)
                    ? DAYS.get(random.nextInt(DAYS.size())) : madeUpName(random, SURNAMES.contains(w)));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Article {@code n} of the corpus, with id {@code "b<n+1>"}, loaded like a file. */
    public Article article(int n) {
        return loader.fromText("b" + (n + 1), "corpus/" + String.format("%05d", n) + "-"
                + sampleNames.get(n % samples.size()) + ".txt", text(n));
    }

    /** The first {@code count} articles. */
    public List<Article> articles(int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            articles.add(article(n));
        }
        return articles;
    }

    /** The first articles whose texts add up to at least {@code chars} characters. */
    public List<Article> articlesOfSize(long chars) {
        List<Article> articles = new ArrayList<>();
        long total = 0;
        for (int n = 0; total < chars; n++) {
            Article a = article(n);
            articles.add(a);
            total += a.text().length();
        }
        return articles;
    }

    /** One long article of about {@code chars} characters: copies one after another, a blank line apart. */
    public String longText(int chars) {
        StringBuilder text = new StringBuilder(chars + 8192);
        for (int n = 0; text.length() < chars; n++) {
            if (n > 0) {
                text.append("\n\n");
            }
            text.append(text(n).strip());
        }
        return text.toString();
    }

    /** {@link #longText} as an article, loaded like a file named {@code long.txt}. */
    public Article longArticle(int chars) {
        return loader.fromText("b0", "corpus/long.txt", longText(chars));
    }

    private static String madeUpName(Random random, boolean surname) {
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            name.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        if (surname) {
            name.append(ENDINGS[random.nextInt(ENDINGS.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static List<String> concat() {
        List<String> all = new ArrayList<>(SURNAMES);
        all.addAll(FIRST_NAMES);
        all.addAll(TOWNS);
        all.addAll(DAYS);
        return all;
    }
}
