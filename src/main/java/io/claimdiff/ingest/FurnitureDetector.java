package io.claimdiff.ingest;

import io.claimdiff.model.TextSpan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Marks the page furniture in an article's displayed text, line by line: comment forms, share and
 * navigation labels, photo captions and credits, teaser links and repeated headline lines.
 */
final class FurnitureDetector {

    private static final Set<String> LABELS = Set.of("leave a reply", "leave a comment", "please enter your comment!",
            "please enter your name here", "you have entered an incorrect email address!",
            "please enter your email address here", "back to top", "back to top button", "related links",
            "related stories", "related articles", "related posts", "related", "read more", "short link",
            "no comments", "close", "hide the caption", "hide caption", "toggle caption", "switch the image signature",
            "share", "share this", "share this article", "comments", "advertisement", "subscribe", "sign up", "log in",
            "login", "menu", "search", "home", "skip to content", "print", "email", "tweet", "facebook", "twitter",
            "whatsapp", "linkedin", "copy link", "follow us", "cancel reply", "post comment", "submit", "more",
            "most read", "most popular", "trending", "latest news", "top stories", "you may also like",
            "recommended", "sponsored", "advertisement - scroll to continue", "continue reading", "comment");
    private static final List<String> OPENINGS = List.of("your email address will not be published", "prev ",
            "next ", "previous article", "next article", "previous post", "next post", "learn about ", "via ",
            "photo:", "photo by", "file photo", "image:", "credit:", "photograph:", "(photo", "copyright", "©",
            "all rights reserved", "click here", "sign up for", "subscribe to", "follow us", "read also",
            "read more:", "see also", "more from", "also read", "watch:", "tags:", "filed under", "save my name",
            "notify me of", "this site uses akismet", "share on ", "share this", "posted in", "image source");
    private static final List<String> INSIDE = List.of("file photo by", "photo by ", "... read more", "…read more",
            "… read more", "getty images", "all rights reserved");
    private static final List<String> LINKS = List.of("http://", "https://", "www.");
    private static final List<String> CREDIT_ENDINGS = List.of("/ap", "/reuters", "/afp", "/upi", "/getty images",
            "/epa", "/tass", "/sputnik", "/anadolu", "/bloomberg", "/pool");

    private static final int MAX_FURNITURE = 3000;

    private FurnitureDetector() {
    }

    /** The furniture lines of {@code text}, trimmed, in text order. */
    static List<TextSpan> detect(String text) {
        List<TextSpan> lines = lines(text);
        boolean[] furniture = new boolean[lines.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > MAX_FURNITURE) {
                continue; // body text, not chrome
            }
            String line = lines.get(i).of(text);
            // lines() trimmed it already, so this is also what isFurniture would strip and lower-case
            String key = line.toLowerCase(Locale.ROOT);
            furniture[i] = isFurnitureLower(line, key) || !seen.add(key);
            if (credit(line) && words(line, 7) <= 6 && i > 0 && lines.get(i - 1).length() <= 400 && !furniture[i - 1]) {
                furniture[i - 1] = true; // the caption above a photo credit
            }
        }
        List<TextSpan> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (furniture[i]) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    static boolean isFurniture(String line) {
        return isFurnitureLower(line, line.strip().toLowerCase(Locale.ROOT));
    }

    // l: the line stripped and lower-cased
    private static boolean isFurnitureLower(String line, String l) {
        String bare = stripEnd(l);
        if (bare.isEmpty() || LABELS.contains(bare) || LABELS.contains(l)) {
            return true;
        }
        for (String o : OPENINGS) {
            if (l.startsWith(o)) {
                return true;
            }
        }
        for (String s : INSIDE) {
            if (l.contains(s)) {
                return true;
            }
        }
        int words = words(l, 16);
        if (words <= 8 && (l.startsWith("by ") || l.startsWith("posted ") || l.startsWith("updated ")
                || l.startsWith("published ") || l.contains(" by ") && hasYear(l) || l.endsWith(" ago"))) {
            return true; // bylines and time stamps
        }
        if (words < 16) {
            for (String s : LINKS) {
                if (l.contains(s)) {
                    return true; // a short line that is mostly a link
                }
            }
        }
        return credit(line) || l.endsWith("read more");
    }

    // Words separated by white space, counted up to limit: what split("\\s+", limit).length gave,
    // without a regular expression on every line of a long article.
    static int words(String l, int limit) {
        int count = 1;
        int i = 0;
        while (i < l.length() && count < limit) {
            if (regexSpace(l.charAt(i))) {
                while (i < l.length() && regexSpace(l.charAt(i))) {
                    i++;
                }
                count++;
            } else {
                i++;
            }
        }
        return count;
    }

    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean hasYear(String l) {
        int run = 0;
        for (int i = 0; i < l.length(); i++) {
            run = Character.isDigit(l.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** A photo credit: a few words with slashes ("Pavel Byrkin/Sputnik/AP"). */
    static boolean credit(String line) {
        String stripped = line.strip();
        // lower-casing never shortens a string: a long line is no credit, and body lines are long
        if (stripped.length() > 80) {
            return false;
        }
        String l = stripped.toLowerCase(Locale.ROOT);
        if (l.length() > 80 || l.endsWith(".") && !l.endsWith("/ap.")) {
            return false;
        }
        for (String e : CREDIT_ENDINGS) {
            if (l.endsWith(e)) {
                return true;
            }
        }
        int words = words(l, 7);
        return words <= 6 && l.indexOf('/') > 0 && l.chars().filter(c -> c == '/').count() >= 2;
    }

    private static String stripEnd(String l) {
        int e = l.length();
        while (e > 0 && ":*!.?|-–—•›»>".indexOf(l.charAt(e - 1)) >= 0 || e > 0 && Character.isWhitespace(l.charAt(e - 1))) {
            e--;
        }
        int s = 0;
        while (s < e && ("-–—•|*".indexOf(l.charAt(s)) >= 0 || Character.isWhitespace(l.charAt(s)))) {
            s++;
        }
        return l.substring(s, e);
    }

    /** Non-blank lines of {@code text}, trimmed. */
    static List<TextSpan> lines(String text) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new TextSpan(s, e));
            }
            start = end + 1;
        }
        return out;
    }
}
