package org.kalamela.domain.registry.unit;

/** The kinds of change a unit account makes to its own records; {@link UnitEditPolicy} says when. */
public enum UnitChange {
    DETAILS,
    OFFICIALS,
    COUNCILORS,
    ADD_MEMBER,
    /** A member's phone, qualification or blood group. */
    EDIT_MEMBER_CONTACT,
    /** A member's name, gender or date of birth: what festival entries rely on. */
    EDIT_MEMBER_IDENTITY,
    REMOVE_MEMBER
}
