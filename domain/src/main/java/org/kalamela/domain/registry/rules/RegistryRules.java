package org.kalamela.domain.registry.rules;

/**
 * The numbers the registry's rules use, so that no policy hard-codes them. They change rarely and are set
 * by configuration (the bootstrap module produces one value).
 *
 * @param minimumMemberAge youngest plausible member, in whole years on the day of entry
 * @param maximumMemberAge oldest plausible member, in whole years on the day of entry
 * @param earliestRegistrationYear earliest year a unit's details may give as its registration year
 * @param minimumMembersToSubmit members a unit needs before it may submit its registration
 */
public record RegistryRules(int minimumMemberAge, int maximumMemberAge, int earliestRegistrationYear,
                            int minimumMembersToSubmit) {

    public RegistryRules {
        if (minimumMemberAge < 0 || maximumMemberAge < minimumMemberAge) {
            throw new IllegalArgumentException(
                    "member ages need 0 <= minimum <= maximum: " + minimumMemberAge + ".." + maximumMemberAge);
        }
        if (earliestRegistrationYear < 1 || minimumMembersToSubmit < 0) {
            throw new IllegalArgumentException("registration year and member count must be positive");
        }
    }

    /**
     * The values in use: members are 10 to 80 years old (the youth movement's members are mostly 13 to 35;
     * the bounds catch typing mistakes such as a year of 2052 or 1925, not unusual members), registration
     * years from 1900, and at least one member to submit.
     */
    public static RegistryRules defaults() {
        return new RegistryRules(10, 80, 1900, 1);
    }
}
