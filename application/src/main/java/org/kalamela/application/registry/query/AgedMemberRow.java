package org.kalamela.application.registry.query;

/** A member row and the member's age in whole years on the day the list was asked for. */
public record AgedMemberRow(MemberRow member, int age) {
}
