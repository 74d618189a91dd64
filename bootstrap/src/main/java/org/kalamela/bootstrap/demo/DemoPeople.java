package org.kalamela.bootstrap.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Deterministic made-up people for the demo data: the same seed gives the same names, genders and birth
 * dates on every machine. Birth years 1986..2012 cover both festival seniorities and some members outside
 * both ranges, so eligibility can be tried out.
 */
final class DemoPeople {

    private static final List<String> MEN = List.of("Abin", "Akhil", "Alan", "Anson", "Arun", "Basil", "Ebin",
            "Jobin", "Jithin", "Joel", "Jomon", "Justin", "Kevin", "Libin", "Midhun", "Nithin", "Roshan", "Sajan",
            "Sebin", "Tony");
    private static final List<String> WOMEN = List.of("Aleena", "Alphy", "Anju", "Ann", "Annmary", "Ashly",
            "Blessy", "Christy", "Dona", "Feba", "Jincy", "Jisha", "Merin", "Neethu", "Reshma", "Riya", "Sneha",
            "Sona", "Teena", "Ashna");
    private static final List<String> FAMILIES = List.of("Abraham", "Chacko", "Cherian", "George", "Jacob",
            "John", "Joseph", "Kurian", "Mathew", "Philip", "Samuel", "Thomas", "Varghese", "Zacharia", "Eapen",
            "Koshy", "Mammen", "Oommen", "Punnoose", "Daniel");
    private static final List<String> QUALIFICATIONS = List.of("SSLC", "Plus Two", "B.Sc", "B.Com", "BA",
            "B.Tech", "M.Sc", "MBA", "Diploma", "Nursing");
    private static final List<String> BLOOD_GROUPS = List.of("A+", "B+", "O+", "AB+", "O-", "A-", "B-");

    private final Random random;

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    record Person(String name, String gender, LocalDate dateOfBirth, String qualification, String bloodGroup) {
    }

    Person next() {
        boolean man = random.nextBoolean();
        String first = (man ? MEN : WOMEN).get(random.nextInt(20));
        String family = FAMILIES.get(random.nextInt(FAMILIES.size()));
        LocalDate birth = LocalDate.of(1986 + random.nextInt(27), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new Person(first + " " + family, man ? "M" : "F", birth,
                QUALIFICATIONS.get(random.nextInt(QUALIFICATIONS.size())),
                BLOOD_GROUPS.get(random.nextInt(BLOOD_GROUPS.size())));
    }

    String officialName() {
        boolean man = random.nextBoolean();
        return (man ? MEN : WOMEN).get(random.nextInt(20)) + " " + FAMILIES.get(random.nextInt(FAMILIES.size()));
    }
}
