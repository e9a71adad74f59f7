package io.claimdiff.ingest;

import io.claimdiff.model.Article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads article files into {@link Article}s. Plain text and Markdown are shown as they are, with
 * line endings normalised to {@code \n}; saved web pages ({@code .html}, {@code .htm}) are reduced to
 * their title and article body. In every article the page furniture (comment forms, captions,
 * teaser links, repeated headlines) is marked, and the title is detected.
 */
public final class ArticleLoader {

    /** File name extensions this loader opens, lower case, without the dot. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm");

    /** Loads {@code file}, giving the article the id {@code id}. */
    public Article load(Path file, String id) throws ArticleLoadException {
        String name = file.toString();
        String ext = extension(file);
        if (!EXTENSIONS.contains(ext)) {
            throw new ArticleLoadException(name, "not a supported article type (." + ext
                    + "); ClaimDiff opens " + supportedList());
        }
        if (Files.isDirectory(file)) {
            throw new ArticleLoadException(name, "is a folder, not an article");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArticleLoadException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new ArticleLoadException(name, "permission denied");
        } catch (IOException e) {
            throw new ArticleLoadException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (ext.equals("html") || ext.equals("htm")) {
            return fromHtml(id, name, decodeHtml(bytes));
        }
        return fromText(id, name, decode(name, bytes));
    }

    /** Builds an article from a saved web page already in memory; nothing is fetched. */
    public Article fromHtml(String id, String path, String html) {
        HtmlArticleReader.Page page = HtmlArticleReader.read(html);
        Article article = fromText(id, path, page.text());
        String title = page.title().isEmpty() ? article.title() : TitleDetector.cut(page.title());
        return new Article(id, path, title, article.text(), article.furniture());
    }

    /** Builds an article from text already in memory (bundled samples, tests). */
    public Article fromText(String id, String path, String rawText) {
        String text = normaliseLineEndings(rawText);
        List<TextSpan> lines = FurnitureDetector.lines(text);
        List<TextSpan> furniture = new ArrayList<>(FurnitureDetector.detect(text));
        TextSpan titleLine = TitleDetector.find(text, lines, furniture);
        if (titleLine == null) {
            return new Article(id, path, TitleDetector.detect(text), text, furniture);
        }
        // section labels above the headline ("Politics & News")
        for (TextSpan line : lines) {
            if (line.start() >= titleLine.start()) {
                break;
            }
            String l = line.of(text);
            if (!furniture.contains(line) && TitleDetector.words(l, 5) <= 4 && ".!?\"”".indexOf(l.charAt(l.length() - 1)) < 0) {
                furniture.add(line);
            }
        }
        furniture.sort(Comparator.comparingInt(TextSpan::start));
        String title = TitleDetector.cut(TitleDetector.clean(titleLine.of(text)));
        return new Article(id, path, title.isEmpty() ? "(untitled)" : title, text, furniture);
    }

    static String decodeHtml(byte[] bytes) {
        try {
            return decode("page", bytes);
        } catch (ArticleLoadException e) {
            // saved pages are often Windows-1252; Latin-1 keeps every byte and never fails
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    static String decode(String name, byte[] bytes) throws ArticleLoadException {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ArticleLoadException(name, "is not valid UTF-8 text");
        }
    }

    static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String extension(Path file) {
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String supportedList() {
        return EXTENSIONS.stream().sorted().map(e -> "." + e).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
