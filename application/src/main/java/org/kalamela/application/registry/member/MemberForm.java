package org.kalamela.application.registry.member;

import java.time.LocalDate;

/**
 * A member as typed into a form, before it is checked: gender {@code M}/{@code F}, phone as typed (with or
 * without {@code +91}), blood group as on a donor card ({@code A+}), optional qualification and blood group.
 */
public record MemberForm(String name, String gender, LocalDate dateOfBirth, String phone, String qualification,
                         String bloodGroup) {
}
