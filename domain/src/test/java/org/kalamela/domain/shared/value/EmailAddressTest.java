package org.kalamela.domain.shared.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;

class EmailAddressTest {

    /** The check unit registration made before there was one rule; kept here to prove nothing it took is lost. */
    private static final String FORMER_SHAPE = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "bethel@example.org|bethel@example.org",
            "  Bethel.Unit@Example.ORG \t|bethel.unit@example.org",
            "a+tag@sub.example.co.in|a+tag@sub.example.co.in",
            "x@y.z|x@y.z",
            "o'neil@example.org|o'neil@example.org"})
    void an_address_is_kept_trimmed_and_in_lower_case(String typed, String kept) {
        assertThat(EmailAddress.parse(typed, "email").value()).isEqualTo(kept);
        assertThat(EmailAddress.parse(typed, "email").toString()).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bethel", "bethel@", "@example.org", "bethel@example", "bethel@example.",
            "bethel@.org", "two@at@example.org", "bet hel@example.org", "bethel@exa mple.org", "bethel@example.org\n.in",
            "bethel\u0000@example.org", "bethel@example\u00A0.org", "bethel\u200B@example.org", "bethel@@example.org"})
    void refuses_what_is_not_an_address(String typed) {
        assertThat(EmailAddress.tryParse(typed)).isEmpty();
        assertThatThrownBy(() -> EmailAddress.parse(typed, "contactEmail"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("contactEmail", "must be an email address")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void a_blank_address_is_missing(String typed) {
        assertThatThrownBy(() -> EmailAddress.parse(typed, "email")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("email", "is required")));
        assertThatThrownBy(() -> EmailAddress.parse(null, "email")).isInstanceOf(InvalidInput.class);
        assertThat(EmailAddress.tryParse(null)).isEmpty();
    }

    @Test
    void an_address_has_at_most_254_characters() {
        String longest = "a".repeat(EmailAddress.MAX_LENGTH - "@example.org".length()) + "@example.org";
        assertThat(EmailAddress.parse(longest, "email").value()).hasSize(254);
        assertThat(EmailAddress.parse("  " + longest.toUpperCase(Locale.ROOT) + "  ", "email").value())
                .isEqualTo(longest);
        assertThat(EmailAddress.tryParse("a" + longest)).isEmpty();
    }

    @Test
    void only_a_normalised_well_formed_address_is_constructed_directly() {
        assertThat(new EmailAddress("bethel@example.org").value()).isEqualTo("bethel@example.org");
        assertThatThrownBy(() -> new EmailAddress("Bethel@example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailAddress(" bethel@example.org")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailAddress("bethel")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmailAddress(null)).isInstanceOf(NullPointerException.class);
    }

    @Property
    void the_same_address_in_any_letter_case_and_padding_is_one_address(@ForAll("addresses") String address,
                                                                       @ForAll boolean upper) {
        String typed = " " + (upper ? address.toUpperCase(Locale.ROOT) : address) + "\t";
        assertThat(EmailAddress.tryParse(typed)).isEqualTo(EmailAddress.tryParse(address))
                .contains(new EmailAddress(address.toLowerCase(Locale.ROOT)));
    }

    @Property
    void a_read_address_reads_back_as_itself_and_keeps_the_rule(@ForAll("typing") String typed) {
        Optional<EmailAddress> read = EmailAddress.tryParse(typed);
        read.ifPresent(email -> {
            assertThat(EmailAddress.tryParse(email.value())).contains(email);
            assertThat(email.value()).hasSizeLessThanOrEqualTo(EmailAddress.MAX_LENGTH)
                    .isEqualTo(email.value().strip().toLowerCase(Locale.ROOT))
                    .containsOnlyOnce("@")
                    .doesNotContainAnyWhitespaces();
        });
    }

    @Property
    void takes_exactly_what_unit_registration_took_before_there_was_one_rule(@ForAll("typing") String typed) {
        String former = typed.strip().toLowerCase(Locale.ROOT);
        boolean formerlyTaken = !typed.isBlank() && former.length() <= EmailAddress.MAX_LENGTH
                && former.matches(FORMER_SHAPE);
        assertThat(EmailAddress.tryParse(typed).isPresent()).isEqualTo(formerlyTaken);
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> part = Arbitraries.strings().withChars("abcXYZ019._+-").ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefXYZ019-").ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(part, label, label)
                .as((local, domain, tld) -> local + "@" + domain + "." + tld);
    }

    /** Text made of the characters that decide the shape, long enough to cross the length limit now and then. */
    @Provide
    Arbitrary<String> typing() {
        Arbitrary<String> shaped = Arbitraries.strings().withChars("aB@. \t-").ofMaxLength(30);
        Arbitrary<String> nearTheLimit = Arbitraries.strings().withChars("aB").ofMinLength(235).ofMaxLength(255)
                .map(local -> local + "@ex.org");
        return Arbitraries.oneOf(shaped, nearTheLimit, addresses());
    }
}
