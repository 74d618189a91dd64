package org.kalamela.domain.festival.result;

/**
 * What an entry's place is worth to its unit and district: an individual entry earns its grade's points and
 * its rank's points; a team earns its rank's points only (its grade is shown, not counted).
 */
public final class EntryPoints {

    private EntryPoints() {
    }

    public static int points(boolean team, Grade grade, int rankPoints) {
        return team ? rankPoints : grade.points() + rankPoints;
    }
}
