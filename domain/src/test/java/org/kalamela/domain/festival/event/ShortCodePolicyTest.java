package org.kalamela.domain.festival.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortCodePolicyTest {

    private final ShortCodePolicy policy = new ShortCodePolicy();

    @Test
    void the_45_real_events_get_unique_codes_in_file_order() {
        List<String> codes = KalamelaEventsCsv.events().stream().map(e -> e.shortCode().value()).toList();
        assertThat(codes).hasSize(45).doesNotHaveDuplicates().containsExactly(
                "SEJB", "SEJG", "SESB", "SESG", "SWJB", "SWJG", "SWSB", "SWSG",
                "LMB", "LMG", "PR", "CM", "KS", "OR", "IMW", "IMS", "IMP", "G",
                "PD", "C", "WC", "FD", "M", "MI", "PE", "PM", "SSE", "SSM",
                "EEJ", "EMJ", "EES", "EMS", "EXMJ", "EXMS", "EXEJ", "EXES",
                "F", "GS", "Q", "O", "T", "MIM", "K", "S", "MA");
    }

    @Test
    void mime_takes_m_and_margamkali_added_later_takes_more_letters_of_its_first_word() {
        Set<ShortCode> taken = new HashSet<>();
        assertThat(assign("Mime", taken)).isEqualTo("M");
        assertThat(assign("Margamkali", taken)).isEqualTo("MA");
        assertThat(assign("Margam", taken)).isEqualTo("MAR");
        assertThat(assign("Marathon", taken)).isEqualTo("MARA");
    }

    @Test
    void a_number_follows_when_the_first_word_runs_out() {
        assertThat(policy.defaultFor("Mime", codes("M", "MI", "MIM", "MIME"))).isEqualTo(new ShortCode("M2"));
        assertThat(policy.defaultFor("Mime", codes("M", "MI", "MIM", "MIME", "M2"))).isEqualTo(new ShortCode("M3"));
        assertThat(policy.defaultFor("Group Song", codes("GS", "GRS", "GROS", "GROUS", "GROUPS")))
                .isEqualTo(new ShortCode("GS2"));
    }

    @Test
    void the_same_name_many_times_still_gets_unique_codes() {
        Set<ShortCode> taken = new HashSet<>();
        List<String> codes = IntStream.range(0, 15).mapToObj(i -> assign("Mime", taken)).toList();
        assertThat(codes).doesNotHaveDuplicates()
                .startsWith("M", "MI", "MIM", "MIME", "M2", "M3").endsWith("M12");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Group Song, GS",
            "Bible Quiz (Junior), BQJ",
            "(Western) Solo, WS",
            "Children's Song, CS",
            "Kavitha (\u0D15\u0D35\u0D3F\u0D24), K",
            "solo-eastern  jr., SEJ",
            "4x100 Relay, 4R",
            "Quiz 2, Q2"})
    void the_default_is_the_initials_with_parentheses_dropped(String name, String expected) {
        assertThat(policy.defaultFor(name, Set.of())).isEqualTo(new ShortCode(expected));
    }

    @Test
    void a_very_long_name_keeps_its_first_sixteen_initials() {
        String name = Arrays.stream("abcdefghijklmnopqrst".split("")).map(c -> c + "x")
                .collect(Collectors.joining(" "));
        assertThat(policy.defaultFor(name, Set.of()).value()).isEqualTo("ABCDEFGHIJKLMNOP");
        assertThat(policy.defaultFor(name, codes("ABCDEFGHIJKLMNOP")).value()).isEqualTo("AXBCDEFGHIJKLMNO");
    }

    @Test
    void a_name_without_latin_letters_needs_a_code_from_the_admin() {
        assertInvalidField(() -> policy.defaultFor("\u0D15\u0D35\u0D3F\u0D24", Set.of()), "shortCode");
        assertInvalidField(() -> policy.defaultFor("  ( )  ", Set.of()), "shortCode");
    }

    @Test
    void an_edited_code_is_normalised_and_checked_against_the_other_events() {
        assertThat(policy.checkEdited(" gs2 ", codes("GS"))).isEqualTo(new ShortCode("GS2"));
        assertViolation(() -> policy.checkEdited("gs", codes("GS")), "SHORT_CODE_TAKEN");
        assertInvalidField(() -> policy.checkEdited("G-S", Set.of()), "shortCode");
        assertInvalidField(() -> policy.checkEdited("", Set.of()), "shortCode");
        assertInvalidField(() -> policy.checkEdited("A".repeat(17), Set.of()), "shortCode");
        assertThat(policy.checkEdited("A".repeat(16), Set.of()).value()).hasSize(16);
    }

    private String assign(String name, Set<ShortCode> taken) {
        ShortCode code = policy.defaultFor(name, taken);
        taken.add(code);
        return code.value();
    }

    private static Set<ShortCode> codes(String... values) {
        return Arrays.stream(values).map(ShortCode::new).collect(Collectors.toSet());
    }
}
