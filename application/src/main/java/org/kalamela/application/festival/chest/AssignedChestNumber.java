package org.kalamela.application.festival.chest;

import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.id.MemberId;

/** A chest number the assign-chest-numbers job gave to a member. */
public record AssignedChestNumber(MemberId memberId, Seniority seniority, ChestNumber chestNumber) {
}
