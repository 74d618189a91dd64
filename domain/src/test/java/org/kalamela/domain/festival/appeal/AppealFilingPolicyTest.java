package org.kalamela.domain.festival.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.festival.FestivalFixtures.DISTRICT;
import static org.kalamela.domain.festival.FestivalFixtures.OTHER_DISTRICT;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.value.PhoneNumber;

class AppealFilingPolicyTest {

    private static final PhoneNumber ON_RECORD = PhoneNumber.parse("9876543210", "phone");
    private static final PhoneNumber TEAMMATE = PhoneNumber.parse("9876500000", "phone");

    @Test
    void the_phone_on_record_matches_whatever_way_it_was_typed() {
        assertThatCode(() -> AppealFilingPolicy.checkPhone(List.of(ON_RECORD), PhoneNumber.parse("+91 98765 43210",
                "phone"))).doesNotThrowAnyException();
    }

    @Test
    void any_team_members_phone_matches_for_a_team() {
        assertThatCode(() -> AppealFilingPolicy.checkPhone(List.of(ON_RECORD, TEAMMATE), TEAMMATE))
                .doesNotThrowAnyException();
    }

    @Test
    void another_phone_is_refused_without_naming_anyone() {
        assertViolation(() -> AppealFilingPolicy.checkPhone(List.of(ON_RECORD), TEAMMATE), "APPEAL_PHONE_MISMATCH");
        try {
            AppealFilingPolicy.checkPhone(List.of(ON_RECORD), TEAMMATE);
        } catch (RuleViolation e) {
            assertThat(e.getMessage()).doesNotContain("9876543210").doesNotContain("98765");
        }
        assertViolation(() -> AppealFilingPolicy.checkPhone(List.of(), ON_RECORD), "APPEAL_PHONE_MISMATCH");
    }

    @Test
    void an_official_appeals_only_for_the_own_district() {
        assertThatCode(() -> AppealFilingPolicy.checkOwnDistrict(DISTRICT, DISTRICT)).doesNotThrowAnyException();
        assertViolation(() -> AppealFilingPolicy.checkOwnDistrict(DISTRICT, OTHER_DISTRICT), "APPEAL_OTHER_DISTRICT");
    }

    @Test
    void one_appeal_per_entry() {
        assertThatCode(() -> AppealFilingPolicy.checkFirst(false)).doesNotThrowAnyException();
        assertViolation(() -> AppealFilingPolicy.checkFirst(true), "APPEAL_ALREADY_FILED");
    }

    @Test
    void a_statement_and_a_reply_are_required_trimmed_and_at_most_2000_characters() {
        assertThat(new AppealStatement("  Recount please.  ").text()).isEqualTo("Recount please.");
        assertThat(new AppealStatement("x".repeat(2000)).text()).hasSize(2000);
        assertThat(new AppealStatement("Line one\nline two").text()).contains("\n");
        assertInvalidField(() -> new AppealStatement("x".repeat(2001)), "statement");
        assertInvalidField(() -> new AppealStatement("   "), "statement");
        assertInvalidField(() -> new AppealStatement(null), "statement");
        assertInvalidField(() -> new AppealStatement("bad\u0000byte"), "statement");
        assertInvalidField(() -> new AppealReply(""), "reply");
        assertInvalidField(() -> new AppealReply("y".repeat(2001)), "reply");
        assertThat(new AppealReply(" Accepted. ").text()).isEqualTo("Accepted.");
    }
}
