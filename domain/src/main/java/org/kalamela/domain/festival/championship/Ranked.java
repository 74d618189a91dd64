package org.kalamela.domain.festival.championship;

/** An item with its place in a ranking; equal totals share a place. */
public record Ranked<T>(int rank, T item) {

    public Ranked {
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1: " + rank);
        }
    }
}
