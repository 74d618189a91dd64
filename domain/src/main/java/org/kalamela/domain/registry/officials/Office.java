package org.kalamela.domain.registry.officials;

/** The five offices of a unit, in the order a registration form lists them. */
public enum Office {
    PRESIDENT("president", "President"),
    VICE_PRESIDENT("vicePresident", "Vice President"),
    SECRETARY("secretary", "Secretary"),
    JOINT_SECRETARY("jointSecretary", "Joint Secretary"),
    TREASURER("treasurer", "Treasurer");

    private final String field;
    private final String title;

    Office(String field, String title) {
        this.field = field;
        this.title = title;
    }

    /** The name of the office in requests and field errors, e.g. {@code vicePresident}. */
    public String field() {
        return field;
    }

    /** The office as printed on forms and exports. */
    public String title() {
        return title;
    }
}
