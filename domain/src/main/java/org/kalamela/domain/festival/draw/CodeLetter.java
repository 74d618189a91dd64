package org.kalamela.domain.festival.draw;

/**
 * The letters an entry is known by on the judges' sheets: A to Z for the first 26 places, then AA, AB, ...
 * AZ, BA, ... ZZ, AAA, ... as spreadsheets name their columns. The code says nothing about who appears.
 */
public record CodeLetter(String value) implements Comparable<CodeLetter> {

    public CodeLetter {
        if (value == null || !value.matches("[A-Z]{1,4}")) {
            throw new IllegalArgumentException("a code letter is 1 to 4 capital letters: " + value);
        }
    }

    /** The letters of the given place in the order of appearance, 1 being A. */
    public static CodeLetter ofPosition(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("places start at 1: " + position);
        }
        StringBuilder letters = new StringBuilder();
        for (int n = position; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return new CodeLetter(letters.toString());
    }

    /** The place in the order of appearance these letters stand for (A is 1, AA is 27). */
    public int position() {
        int position = 0;
        for (char c : value.toCharArray()) {
            position = position * 26 + (c - 'A' + 1);
        }
        return position;
    }

    @Override
    public int compareTo(CodeLetter other) {
        return Integer.compare(position(), other.position());
    }

    @Override
    public String toString() {
        return value;
    }
}
