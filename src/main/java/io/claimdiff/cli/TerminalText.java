package io.claimdiff.cli;

import java.util.Locale;

/**
 * Text from an article made safe to print on a terminal: control characters (escape sequences,
 * line breaks, C1 controls) and bidirectional overrides are shown as {@code \\uXXXX}, so an
 * article cannot move the cursor, recolour the terminal or disguise what is printed.
 */
final class TerminalText {

    private TerminalText() {
    }

    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0 || c == 0x2028 || c == 0x2029
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (unsafe) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
