package org.kalamela.adapters.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;

/**
 * Splits a text into runs of Malayalam and of everything else, each set in its own font: Noto Sans Malayalam
 * covers the Malayalam block only. The zero-width joiners belong to the Malayalam run around them (older
 * texts write chillu letters with them), and a space stays in the run it is in, so that a name's words are
 * shaped together.
 */
final class ScriptRuns {

    private ScriptRuns() {
    }

    static Phrase phrase(PdfFonts fonts, String text, boolean bold, float size) {
        Phrase phrase = new Phrase();
        phrase.setLeading(size * 1.45f);
        if (text == null || text.isEmpty()) {
            return phrase;
        }
        int start = 0;
        boolean malayalam = isMalayalam(text.charAt(0));
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || isJoiner(c)) {
                continue;
            }
            boolean next = isMalayalam(c);
            if (next != malayalam) {
                phrase.add(new Chunk(text.substring(start, i), fonts.font(malayalam, bold, size)));
                start = i;
                malayalam = next;
            }
        }
        phrase.add(new Chunk(text.substring(start), fonts.font(malayalam, bold, size)));
        return phrase;
    }

    static boolean isMalayalam(char c) {
        return c >= '\u0D00' && c <= '\u0D7F';
    }

    private static boolean isJoiner(char c) {
        return c == '\u200C' || c == '\u200D';
    }
}
