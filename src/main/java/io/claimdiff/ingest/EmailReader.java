package io.claimdiff.ingest;

import io.claimdiff.model.ArticleMeta;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an e-mail ({@code .eml}, RFC 5322 with MIME) as press releases arrive: the subject as title,
 * the sender's name as author, the date as the day of publication, and the body from its plain-text
 * part, else its HTML part read as a page. Handles multipart nesting, base64, quoted-printable,
 * charsets and encoded words in headers; attachments are ignored. JDK only (ADR 0009).
 */
final class EmailReader {

    /** What a message holds: title, body text (or HTML), whether the body is HTML, source details. */
    record Message(String subject, String body, boolean html, ArticleMeta meta) {
    }

    /** Why a file is not a readable e-mail. */
    static final class NotAMessage extends Exception {
        NotAMessage(String reason) {
            super(reason);
        }
    }

    private static final int MAX_DEPTH = 8;
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");
    private static final Pattern PARAM = Pattern.compile(";\\s*([A-Za-z-]+)\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");

    private EmailReader() {
    }

    static Message read(byte[] bytes) throws NotAMessage {
        // headers and MIME structure are ASCII; each part's text is decoded with its own charset later
        String raw = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        Part message = part(raw);
        if (message.headers.isEmpty() || !message.headers.containsKey("from") && !message.headers.containsKey("subject")) {
            throw new NotAMessage("is not an e-mail (no From or Subject header)");
        }
        Part[] found = new Part[2]; // plain, html
        collect(message, found, 0);
        Part body = found[0] != null ? found[0] : found[1];
        if (body == null) {
            throw new NotAMessage("contains no text (an e-mail with no text or HTML part)");
        }
        String subject = words(message.headers.getOrDefault("subject", "")).strip();
        ArticleMeta meta = new ArticleMeta("", "", sender(words(message.headers.getOrDefault("from", ""))),
                day(message.headers.getOrDefault("date", "")));
        return new Message(subject, text(body), body == found[1], meta);
    }

    private record Part(Map<String, String> headers, String body) {
    }

    private static Part part(String raw) {
        int split = raw.indexOf("\n\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String body = split < 0 ? "" : raw.substring(split + 2);
        Map<String, String> headers = new LinkedHashMap<>();
        String name = null;
        for (String line : head.split("\n")) {
            if ((line.startsWith(" ") || line.startsWith("\t")) && name != null) {
                headers.merge(name, " " + line.strip(), String::concat); // a folded header goes on
            } else if (line.indexOf(':') > 0) {
                name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(name, line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return new Part(headers, body);
    }

    // the first text/plain and the first text/html outside attachments, depth first
    private static void collect(Part part, Part[] found, int depth) {
        String type = part.headers.getOrDefault("content-type", "text/plain");
        String mime = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (part.headers.getOrDefault("content-disposition", "").toLowerCase(Locale.ROOT).startsWith("attachment")) {
            return;
        }
        if (mime.startsWith("multipart/") && depth < MAX_DEPTH) {
            String boundary = param(type, "boundary");
            if (boundary == null || boundary.isEmpty()) {
                return;
            }
            for (String piece : pieces(part.body, boundary)) {
                collect(part(piece), found, depth + 1);
            }
        } else if (mime.equals("text/plain") && found[0] == null) {
            found[0] = part;
        } else if (mime.equals("text/html") && found[1] == null) {
            found[1] = part;
        }
    }

    // the parts between "--boundary" lines, up to "--boundary--"
    private static List<String> pieces(String body, String boundary) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : body.split("\n", -1)) {
            String bare = line.stripTrailing();
            if (bare.equals("--" + boundary) || bare.equals("--" + boundary + "--")) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = bare.endsWith("--") && !bare.equals("--" + boundary) ? null : new StringBuilder();
                if (current == null) {
                    break;
                }
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    private static String text(Part part) {
        String encoding = part.headers.getOrDefault("content-transfer-encoding", "").strip().toLowerCase(Locale.ROOT);
        byte[] bytes = switch (encoding) {
            case "base64" -> base64(part.body);
            case "quoted-printable" -> quotedPrintable(part.body);
            default -> part.body.getBytes(StandardCharsets.ISO_8859_1);
        };
        return new String(bytes, charset(param(part.headers.getOrDefault("content-type", ""), "charset")));
    }

    private static byte[] base64(String body) {
        try {
            return Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            return body.getBytes(StandardCharsets.ISO_8859_1); // a broken encoding shows as it came
        }
    }

    static byte[] quotedPrintable(String body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '=' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                i++; // a soft line break joins the lines
            } else if (c == '=' && i + 2 < body.length() && hex(body.charAt(i + 1)) >= 0 && hex(body.charAt(i + 2)) >= 0) {
                out.write(hex(body.charAt(i + 1)) * 16 + hex(body.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c & 0xff);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** A header with its encoded words ("=?UTF-8?Q?Kreml_dementiert?=") decoded. */
    static String words(String header) {
        Matcher m = ENCODED_WORD.matcher(header);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String between = header.substring(last, m.start());
            // white space between two encoded words is not part of the text
            out.append(last > 0 && between.isBlank() ? "" : between);
            Charset cs = charset(m.group(1));
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(m.group(3))
                    : quotedPrintable(m.group(3).replace('_', ' '));
            out.append(new String(bytes, cs));
            last = m.end();
        }
        return out.append(header.substring(last)).toString();
    }

    private static String param(String header, String name) {
        Matcher m = PARAM.matcher(header);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(3) != null ? m.group(3) : m.group(2);
            }
        }
        return null;
    }

    private static Charset charset(String name) {
        try {
            return name == null ? StandardCharsets.US_ASCII : Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    // "Press Office <press@ministry.example>" is the Press Office; a bare address is its own name
    private static List<String> sender(String from) {
        String name = from.replaceAll("<[^>]*>", "").replace("\"", "").strip();
        List<String> out = new ArrayList<>();
        if (!name.isEmpty()) {
            out.add(name);
        } else if (!from.isBlank()) {
            out.add(from.replaceAll("[<>]", "").strip());
        }
        return out;
    }

    private static LocalDate day(String date) {
        try {
            return ZonedDateTime.parse(date.strip().replaceAll("\\s*\\([^)]*\\)$", ""),
                    DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
