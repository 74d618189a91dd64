package org.kalamela.application.festival.championship;

/**
 * One of the places 1 to 3 of a published result (ties give more rows).
 *
 * @param participant the member's name or the team's code
 * @param chestNumber the member's chest number; null for a team
 * @param teamCode the team's code; null for a member
 * @param grade null when the mark earns no grade
 */
public record Place(int rank, String participant, Integer chestNumber, String teamCode, String unitName,
                    String districtName, String grade, int points) {
}
