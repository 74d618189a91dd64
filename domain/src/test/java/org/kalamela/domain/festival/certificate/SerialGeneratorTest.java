package org.kalamela.domain.festival.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SerialGeneratorTest {

    /** Hands out the bytes it is given, and remembers how many were asked for each time. */
    private static final class ScriptedSource implements RandomSource {
        private final byte[] script;
        private int next;
        final List<Integer> requests = new ArrayList<>();

        ScriptedSource(byte[] script) {
            this.script = script;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            requests.add(bytes.length);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = script[next++ % script.length];
            }
        }
    }

    @Test
    void production_draws_from_the_platforms_cryptographic_generator() {
        SerialGenerator generator = SerialGenerator.secure();

        assertThat(generator.source()).isInstanceOf(SecureRandomSource.class);
        assertThat(((SecureRandomSource) generator.source()).random()).isInstanceOf(SecureRandom.class);
        assertThat(generator.next().value()).hasSize(32);
    }

    @Test
    void a_serial_is_160_bits_from_the_source_written_in_crockfords_base32() {
        ScriptedSource source = new ScriptedSource(new byte[] {0});
        assertThat(new SerialGenerator(source).next().value()).isEqualTo("0".repeat(32));
        assertThat(source.requests).containsExactly(20);

        assertThat(new SerialGenerator(new ScriptedSource(new byte[] {(byte) 0xFF})).next().value())
                .isEqualTo("Z".repeat(32));
        // 0x00 0x44 0x32 0x14 0xC7 spells 00000 00001 00010 00011 00100 00101 00110 00111: 0 to 7.
        byte[] counting = {0x00, 0x44, 0x32, 0x14, (byte) 0xC7};
        assertThat(new SerialGenerator(new ScriptedSource(counting)).next().value()).isEqualTo("01234567".repeat(4));
    }

    @Test
    void every_character_of_the_alphabet_is_reached_and_none_other() {
        Set<Character> seen = new HashSet<>();
        SerialGenerator generator = new SerialGenerator(new SecureRandomSource(new SecureRandom()));
        for (CertificateSerial serial : generator.next(200)) {
            serial.value().chars().forEach(c -> seen.add((char) c));
        }
        Set<Character> alphabet = new HashSet<>();
        CertificateSerial.ALPHABET.chars().forEach(c -> alphabet.add((char) c));
        assertThat(seen).isEqualTo(alphabet);
        assertThat(CertificateSerial.ALPHABET).hasSize(32).doesNotContain("I", "L", "O", "U");
    }

    @Test
    void a_batch_is_as_many_serials_as_asked_each_drawn_afresh() {
        ScriptedSource source = new ScriptedSource(new byte[] {1, 2, 3, 5, 7, 11, 13});
        List<CertificateSerial> serials = new SerialGenerator(source).next(3);

        assertThat(serials).hasSize(3).doesNotHaveDuplicates();
        assertThat(source.requests).containsExactly(20, 20, 20);
        assertThat(new SerialGenerator(source).next(0)).isEmpty();
        assertThatThrownBy(() -> new SerialGenerator(source).next(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 50)
    void serials_drawn_together_are_distinct_and_well_formed(@ForAll @IntRange(min = 1, max = 500) int count) {
        List<CertificateSerial> serials = SerialGenerator.secure().next(count);

        assertThat(serials).hasSize(count).doesNotHaveDuplicates();
        assertThat(serials).allSatisfy(serial -> {
            assertThat(serial.value()).matches("[0-9A-HJKMNP-TV-Z]{32}");
            assertThat(CertificateSerial.parse(serial.value().toLowerCase())).contains(serial);
        });
    }

    @Property
    void the_encoding_keeps_every_bit(@ForAll @Size(20) byte[] first, @ForAll @Size(20) byte[] second) {
        String a = SerialGenerator.base32(first);
        String b = SerialGenerator.base32(second);

        assertThat(a).hasSize(32);
        assertThat(a.equals(b)).isEqualTo(Arrays.equals(first, second));
    }

    @Test
    void every_bit_of_a_serial_is_set_about_half_the_time() {
        // Over 2,000 serials each of the 160 bit positions is set about half the time; a source stuck on few
        // values (a counter, a clock) would leave positions fixed.
        int[] ones = new int[160];
        int draws = 2000;
        SerialGenerator generator = SerialGenerator.secure();
        for (int i = 0; i < draws; i++) {
            String serial = generator.next().value();
            for (int c = 0; c < 32; c++) {
                int value = CertificateSerial.ALPHABET.indexOf(serial.charAt(c));
                for (int bit = 0; bit < 5; bit++) {
                    ones[c * 5 + bit] += (value >> (4 - bit)) & 1;
                }
            }
        }
        // Nine standard deviations either side of 1,000: a fair source fails this about never.
        assertThat(Arrays.stream(ones).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(800, 1200));
    }
}
