package io.claimdiff.ingest;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article file's bytes into text, refusing what is not text (see
 * docs/decisions/0004-input-limits.md). In order: empty files are refused; a byte-order mark
 * (UTF-8, UTF-16LE/BE, UTF-32) decides; known binary signatures (PNG, ZIP, PDF, …) and NUL-laden
 * bytes are refused as binary; UTF-16 without a BOM is recognised by its zero bytes; valid UTF-8 is
 * UTF-8; mostly-valid UTF-8 is decoded with replacement characters; anything else is detected
 * (juniversalchardet), falling back to windows-1252. Whenever the charset was assumed rather than
 * known, {@link Decoded#note()} says so, for the analyst.
 */
public final class TextDecoder {

    /** Decoded text, the charset used, and an optional note on how it was chosen. */
    public record Decoded(String text, String charset, String note) {
        public Optional<String> noteOpt() {
            return Optional.ofNullable(note);
        }
    }

    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    /** Decodes a plain-text or Markdown file. */
    public static Decoded decode(String name, byte[] bytes) throws ArticleLoadException {
        return decode(name, bytes, false);
    }

    /** Decodes a saved web page: as {@link #decode(String, byte[])}, but a {@code <meta charset>} is honoured. */
    public static Decoded decodeHtml(String name, byte[] bytes) throws ArticleLoadException {
        return decode(name, bytes, true);
    }

    private static Decoded decode(String name, byte[] bytes, boolean html) throws ArticleLoadException {
        if (bytes.length == 0) {
            throw new ArticleLoadException(name, "is empty (0 bytes)");
        }
        Decoded bom = byBom(bytes);
        if (bom != null) {
            return checked(name, bom);
        }
        String kind = BinarySignatures.identify(bytes);
        if (kind != null) {
            throw new ArticleLoadException(name, "looks like a binary file (" + kind + "), not text");
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return checked(name, new Decoded(new String(bytes, utf16), utf16.name(),
                    "decoded as " + utf16.name() + " (no byte-order mark; guessed from its zero bytes)"));
        }
        if (zeroBytes(bytes) > 0) {
            throw new ArticleLoadException(name, "looks like a binary file (it contains NUL bytes), not text");
        }
        String utf8 = strictUtf8(bytes, 0);
        if (utf8 != null) {
            return checked(name, new Decoded(utf8, "UTF-8", null));
        }
        if (html) {
            Charset declared = declaredCharset(bytes);
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return checked(name, new Decoded(new String(bytes, declared), declared.name(),
                        "decoded as " + declared.name() + " (declared by the page)"));
            }
        }
        int[] utf8Stats = utf8Stats(bytes);
        int validMultiByte = utf8Stats[0];
        int invalid = utf8Stats[1];
        Charset detected = detect(bytes);
        if (validMultiByte > 0 && (invalid <= validMultiByte || StandardCharsets.UTF_8.equals(detected))) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return checked(name, new Decoded(text, "UTF-8", "is not valid UTF-8: " + invalid
                    + (invalid == 1 ? " byte" : " bytes") + " could not be decoded and " + (invalid == 1 ? "is" : "are")
                    + " shown as \uFFFD"));
        }
        if (detected == null || detected.equals(StandardCharsets.UTF_8) || detected.name().startsWith("UTF-16")
                || detected.name().startsWith("UTF-32")) {
            detected = WINDOWS_1252;
        }
        return checked(name, new Decoded(new String(bytes, detected), detected.name(),
                "decoded as " + detected.name() + " (it is not UTF-8; the encoding was guessed)"));
    }

    // refuses decoded text that is mostly control characters: binary data in a text-looking file
    private static Decoded checked(String name, Decoded decoded) throws ArticleLoadException {
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
            decoded = new Decoded(text, decoded.charset(), decoded.note());
        }
        if (text.isBlank()) {
            throw new ArticleLoadException(name, "contains no text (only blank space)");
        }
        int sample = Math.min(text.length(), 1 << 16);
        int control = 0;
        int replaced = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
                control++;
            } else if (c == '\uFFFD') {
                replaced++;
            }
        }
        if (control * 20 > sample || (replaced * 4 > sample && sample > 16)) {
            throw new ArticleLoadException(name, "looks like a binary file (mostly control characters), not text");
        }
        return decoded;
    }

    private static Decoded byBom(byte[] b) throws ArticleLoadException {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Decoded(new String(b, 4, b.length - 4, UTF_32BE), "UTF-32BE", null);
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Decoded(new String(b, 4, b.length - 4, UTF_32LE), "UTF-32LE", null);
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            String s = strictUtf8(b, 3);
            if (s != null) {
                return new Decoded(s, "UTF-8", null);
            }
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8",
                    "is marked as UTF-8 but is not valid UTF-8; undecodable bytes are shown as \uFFFD");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // text in UTF-16 without a BOM: in Latin-script text about every other byte is zero
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 1 << 16) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 4 && evenZero * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero * 10 >= pairs * 4 && oddZero * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static int zeroBytes(byte[] b) {
        int n = Math.min(b.length, 1 << 16);
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                zeros++;
            }
        }
        return zeros;
    }

    private static String strictUtf8(byte[] b, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // {valid multi-byte sequences, invalid bytes}
    static int[] utf8Stats(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                    : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new int[] {valid, invalid};
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            String cs = m.group(1).toLowerCase(Locale.ROOT);
            // browsers read "iso-8859-1" and "us-ascii" pages as windows-1252
            if (cs.equals("iso-8859-1") || cs.equals("latin1") || cs.equals("us-ascii") || cs.equals("ascii")) {
                return WINDOWS_1252;
            }
            return Charset.forName(cs);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
