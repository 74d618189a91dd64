package org.kalamela.application.festival.championship;

/**
 * A member in the race for Kalaprathibha or Kalathilakam: their place, name, chest number, unit, district,
 * individual points and the number of individual events with a scored entry.
 */
public record Contender(int rank, String name, Integer chestNumber, String unitName, String districtName,
                        int points, int events) {
}
