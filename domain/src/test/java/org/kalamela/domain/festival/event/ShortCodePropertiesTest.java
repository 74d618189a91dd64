package org.kalamela.domain.festival.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ShortCodePropertiesTest {

    private final ShortCodePolicy policy = new ShortCodePolicy();

    @Property(tries = 300)
    void codes_stay_unique_for_any_list_of_names(@ForAll("names") List<String> names) {
        Set<ShortCode> taken = new HashSet<>();
        List<ShortCode> codes = new ArrayList<>();
        for (String name : names) {
            ShortCode code = policy.defaultFor(name, taken);
            assertThat(taken).doesNotContain(code);
            taken.add(code);
            codes.add(code);
        }
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(codes).allSatisfy(code -> assertThat(code.value()).matches("[A-Z0-9]{1,16}"));
    }

    @Property
    void a_name_whose_initials_are_free_gets_its_initials(@ForAll("names") List<String> names) {
        String name = names.get(0);
        String initials = name.replaceAll("['\u2019]", "").toUpperCase().replaceAll("[^A-Z0-9]+", " ").trim()
                .replaceAll("(\\S)\\S*\\s*", "$1");
        assertThat(policy.defaultFor(name, Set.of()).value())
                .isEqualTo(initials.substring(0, Math.min(16, initials.length())));
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> word = Arbitraries.strings().withChars("MmAaGgSsRr1(").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(" ", words))
                .filter(n -> n.matches(".*[A-Za-z0-9].*"));
        return name.list().ofMinSize(1).ofMaxSize(60);
    }
}
