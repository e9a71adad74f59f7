package io.claimdiff.ingest;

import io.claimdiff.model.Article;
import io.claimdiff.model.ArticleMeta;

import java.io.IOException;
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
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "docx", "odt", "eml", "pdf");

    /**
     * Largest article file opened, in bytes (see docs/decisions/0004-input-limits.md). News
     * articles are kilobytes; a saved web page with inline images a few megabytes.
     */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** Loads {@code file}, giving the article the id {@code id}. */
    public Article load(Path file, String id) throws ArticleLoadException {
        return read(file, id).article();
    }

    /**
     * Loads {@code file} with notes on how it was decoded (an assumed charset, replaced bytes).
     *
     * @throws ArticleLoadException naming the file and the problem: missing, unreadable, a folder,
     *         empty, binary, larger than {@link #MAX_FILE_BYTES}, or not a supported type
     */
    public LoadedArticle read(Path file, String id) throws ArticleLoadException {
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
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ArticleLoadException(name, "is too large to open as an article (" + megabytes(size)
                        + "; the limit is " + megabytes(MAX_FILE_BYTES) + ")");
            }
            bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new ArticleLoadException(name, "is too large to open as an article (grew to "
                        + megabytes(bytes.length) + " while being read; the limit is " + megabytes(MAX_FILE_BYTES) + ")");
            }
        } catch (NoSuchFileException e) {
            throw new ArticleLoadException(name, "no such file");
        } catch (AccessDeniedException e) {
            throw new ArticleLoadException(name, "permission denied");
        } catch (IOException e) {
            throw new ArticleLoadException(name, "cannot be read (" + e.getMessage() + ")", e);
        } catch (OutOfMemoryError e) {
            throw new ArticleLoadException(name, "is too large to open with the memory available");
        }
        if (ext.equals("docx") || ext.equals("odt")) {
            return new LoadedArticle(fromDocx(id, name, bytes), List.of());
        }
        if (ext.equals("pdf")) {
            return new LoadedArticle(fromPdf(id, name, bytes), List.of());
        }
        if (ext.equals("eml")) {
            return new LoadedArticle(fromEmail(id, name, bytes), List.of());
        }
        boolean html = ext.equals("html") || ext.equals("htm");
        TextDecoder.Decoded decoded = html ? TextDecoder.decodeHtml(name, bytes) : TextDecoder.decode(name, bytes);
        bytes = null; // the text alone from here on
        Article article;
        try {
            article = html ? fromHtml(id, name, decoded.text()) : fromText(id, name, decoded.text());
        } catch (RuntimeException | StackOverflowError e) {
            throw unreadable(name, html ? "a web page" : "text", e);
        }
        if (article.text().isBlank()) {
            throw new ArticleLoadException(name, html ? "has no article text (the page holds no readable paragraphs)"
                    : "contains no text");
        }
        List<String> notes = decoded.noteOpt().map(n -> name + ": " + n).stream().toList();
        return new LoadedArticle(article, notes);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Builds an article from a saved web page already in memory; nothing is fetched. */
    public Article fromHtml(String id, String path, String html) {
        HtmlArticleReader.Page page = HtmlArticleReader.read(html);
        Article article = fromText(id, path, page.text());
        return withDocument(article, article.furniture(), page.title(), page.meta());
    }

    /**
     * Builds an article from a Word document's bytes (an OpenDocument text's when {@code path} ends
     * in {@code .odt}): its paragraphs one per line (its footnotes
     * after them, marked as furniture), its title and properties as the article's.
     */
    public Article fromDocx(String id, String path, byte[] bytes) throws ArticleLoadException {
        DocxReader.Document doc;
        try {
            doc = path.toLowerCase(Locale.ROOT).endsWith(".odt") ? OdtReader.read(bytes, MAX_FILE_BYTES)
                    : DocxReader.read(bytes, MAX_FILE_BYTES);
        } catch (DocxReader.NotADocument e) {
            throw new ArticleLoadException(path, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // as for PDF and e-mail: a document no rule foresaw is a message naming the file, not a crash
            throw unreadable(path, "a document", e);
        }
        StringBuilder text = new StringBuilder();
        if (!doc.title().isEmpty() && (doc.body().isEmpty() || !doc.body().get(0).equals(doc.title()))) {
            text.append(doc.title()).append("\n\n");
        }
        doc.body().forEach(line -> text.append(line).append("\n\n"));
        int notesStart = text.length();
        doc.notes().forEach(line -> text.append(line).append("\n\n"));
        if (text.toString().isBlank()) {
            throw new ArticleLoadException(path, "contains no text (a Word document with no paragraphs)");
        }
        Article article = fromText(id, path, text.toString().strip());
        List<TextSpan> furniture = new ArrayList<>(article.furniture());
        if (!doc.notes().isEmpty() && notesStart < article.text().length()) {
            furniture.removeIf(f -> f.end() > notesStart);
            furniture.add(new TextSpan(notesStart, article.text().length()));
            furniture.sort(Comparator.comparingInt(TextSpan::start));
        }
        return withDocument(article, furniture, doc.title(), doc.meta());
    }

    /**
     * Builds an article from a PDF's bytes: its paragraphs in reading order, running heads and page
     * numbers kept as furniture, its title and properties as the article's.
     */
    public Article fromPdf(String id, String path, byte[] bytes) throws ArticleLoadException {
        PdfReader.Document doc;
        try {
            doc = PdfReader.read(bytes);
        } catch (PdfReader.NotReadable e) {
            throw new ArticleLoadException(path, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            throw unreadable(path, "a PDF", e);
        }
        StringBuilder text = new StringBuilder();
        List<TextSpan> marked = new ArrayList<>();
        for (PdfReader.Paragraph p : doc.paragraphs()) {
            if (p.furniture()) {
                marked.add(new TextSpan(text.length(), text.length() + p.text().length()));
            }
            text.append(p.text()).append("\n\n");
        }
        Article article = fromText(id, path, text.toString());
        List<TextSpan> furniture = new ArrayList<>(article.furniture());
        for (TextSpan m : marked) {
            if (furniture.stream().noneMatch(f -> f.start() <= m.start() && f.end() >= m.end())) {
                furniture.add(m);
            }
        }
        furniture.sort(Comparator.comparingInt(TextSpan::start));
        return withDocument(article, furniture, doc.title(), doc.meta());
    }

    /**
     * Builds an article from an e-mail's bytes: the subject as title, its text part (else its HTML
     * part, read like a saved page) as the body, the sender and date as its details.
     */
    public Article fromEmail(String id, String path, byte[] bytes) throws ArticleLoadException {
        EmailReader.Message message;
        try {
            message = EmailReader.read(bytes);
        } catch (EmailReader.NotAMessage e) {
            throw new ArticleLoadException(path, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            throw unreadable(path, "an e-mail", e);
        }
        String body = message.html() ? HtmlArticleReader.read(message.body()).text() : message.body();
        String subject = message.subject();
        String text = subject.isEmpty() || body.strip().startsWith(subject) ? body : subject + "\n\n" + body;
        Article article = fromText(id, path, text);
        if (article.text().isBlank()) {
            throw new ArticleLoadException(path, "contains no text (an e-mail with an empty body)");
        }
        return withDocument(article, article.furniture(), subject, message.meta());
    }

    // what the file says of itself (its title, properties, headers) wins over what its text alone gives
    private static Article withDocument(Article read, List<TextSpan> furniture, String title, ArticleMeta meta) {
        return new Article(read.id(), read.path(), title.isEmpty() ? read.title() : TitleDetector.cut(title), read.text(),
                furniture, meta.orElse(read.meta()));
    }

    /** Builds an article from text already in memory (bundled samples, tests). */
    public Article fromText(String id, String path, String rawText) {
        String text = normaliseLineEndings(rawText);
        List<TextSpan> lines = FurnitureDetector.lines(text);
        List<TextSpan> furniture = new ArrayList<>(FurnitureDetector.detect(text));
        TextSpan titleLine = TitleDetector.find(text, lines, furniture);
        ArticleMeta stamped = new ArticleMeta("", "", List.of(), TitleDetector.stampedDay(text));
        if (titleLine == null) {
            return new Article(id, path, TitleDetector.detect(text), text, furniture, stamped);
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
        return new Article(id, path, title.isEmpty() ? "(untitled)" : title, text, furniture, stamped);
    }

    // a failure no rule foresaw, as one line naming the file and what it was read as
    private static ArticleLoadException unreadable(String path, String as, Throwable failure) {
        return new ArticleLoadException(path, "cannot be read as " + as + " (" + failure.getClass().getSimpleName() + ")",
                failure);
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
