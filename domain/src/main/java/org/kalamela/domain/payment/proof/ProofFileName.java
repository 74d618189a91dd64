package org.kalamela.domain.payment.proof;

/**
 * The uploader's file name, kept only to show and to offer as the download's name: reduced to its last path
 * segment and to letters, digits, spaces, '.', '-' and '_' (anything else becomes '_'), at most
 * {@value #MAX_LENGTH} characters, so it is safe in a header and in a listing. The stored file never has it.
 */
public final class ProofFileName {

    public static final int MAX_LENGTH = 100;

    private ProofFileName() {
    }

    /** The sanitised name; {@code proof.<extension>} when nothing usable is left. */
    public static String sanitised(String original, ProofContentType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> kept.append(allowed(c) ? (char) c : '_'));
        String text = kept.toString().strip();
        while (text.startsWith(".")) {
            text = text.substring(1);
        }
        if (text.length() > MAX_LENGTH) {
            text = text.substring(text.length() - MAX_LENGTH);
        }
        return text.isBlank() || text.chars().allMatch(c -> c == '_' || c == '.')
                ? "proof." + type.extension() : text;
    }

    private static boolean allowed(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '-' || c == '_');
    }
}
