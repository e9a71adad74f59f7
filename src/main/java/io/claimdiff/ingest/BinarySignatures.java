package io.claimdiff.ingest;

/** Recognises common binary file types by their first bytes, so they are refused by name. */
final class BinarySignatures {

    private record Signature(String kind, int offset, byte[] magic) {
    }

    private static final Signature[] SIGNATURES = {
        sig("PNG image", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
        sig("JPEG image", 0, 0xFF, 0xD8, 0xFF),
        sig("GIF image", 0, 'G', 'I', 'F', '8'),
        sig("WebP image", 8, 'W', 'E', 'B', 'P'),
        sig("PDF document", 0, '%', 'P', 'D', 'F', '-'),
        sig("ZIP archive or Office document", 0, 'P', 'K', 0x03, 0x04),
        sig("ZIP archive", 0, 'P', 'K', 0x05, 0x06),
        sig("gzip archive", 0, 0x1F, 0x8B),
        sig("7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
        sig("RAR archive", 0, 'R', 'a', 'r', '!', 0x1A, 0x07),
        sig("bzip2 archive", 4, '1', 'A', 'Y', '&', 'S', 'Y'),
        sig("xz archive", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
        sig("old Word or Excel document", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
        sig("RTF document", 0, '{', '\\', 'r', 't', 'f'),
        sig("ELF program", 0, 0x7F, 'E', 'L', 'F'),
        sig("Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
        sig("SQLite database", 0, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't'),
        sig("MP3 audio", 0, 'I', 'D', '3', 0x03),
        sig("MP3 audio", 0, 'I', 'D', '3', 0x04),
        sig("MP4 video", 4, 'f', 't', 'y', 'p'),
        sig("Ogg media", 0, 'O', 'g', 'g', 'S'),
        sig("WOFF font", 0, 'w', 'O', 'F', 'F'),
    };

    private BinarySignatures() {
    }

    /** The kind of binary file {@code bytes} start like ("PNG image"), or null. */
    static String identify(byte[] bytes) {
        for (Signature s : SIGNATURES) {
            if (matches(bytes, s)) {
                return s.kind();
            }
        }
        return null;
    }

    private static boolean matches(byte[] bytes, Signature s) {
        if (bytes.length < s.offset() + s.magic().length) {
            return false;
        }
        for (int i = 0; i < s.magic().length; i++) {
            if (bytes[s.offset() + i] != s.magic()[i]) {
                return false;
            }
        }
        return true;
    }

    private static Signature sig(String kind, int offset, int... magic) {
        byte[] b = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            b[i] = (byte) magic[i];
        }
        return new Signature(kind, offset, b);
    }
}
