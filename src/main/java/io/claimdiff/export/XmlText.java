package io.claimdiff.export;

/** Removes characters XML 1.0 cannot carry (control characters), which would make the file invalid. */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!ok && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null && ok) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
