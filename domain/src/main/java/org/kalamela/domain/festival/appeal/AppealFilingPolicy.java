package org.kalamela.domain.festival.appeal;

import java.util.Collection;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * Who may file an appeal for an entry, and how often: publicly, whoever gives the phone number on record for
 * the member (for a team, for one of its members); signed in, the district official of the entry's district.
 * One appeal per entry. The refusals name no member: a wrong phone says only that it does not match.
 */
public final class AppealFilingPolicy {

    private AppealFilingPolicy() {
    }

    public static void checkPhone(Collection<PhoneNumber> onRecord, PhoneNumber given) {
        if (!onRecord.contains(given)) {
            throw new RuleViolation(ErrorCode.APPEAL_PHONE_MISMATCH,
                    "The phone number does not match the one on record for this entry");
        }
    }

    public static void checkOwnDistrict(DistrictId official, DistrictId entry) {
        if (!official.equals(entry)) {
            throw new RuleViolation(ErrorCode.APPEAL_OTHER_DISTRICT,
                    "A district official appeals only for the district's own entries");
        }
    }

    public static void checkFirst(boolean alreadyFiled) {
        if (alreadyFiled) {
            throw new RuleViolation(ErrorCode.APPEAL_ALREADY_FILED, "This entry already has an appeal: one per entry");
        }
    }
}
