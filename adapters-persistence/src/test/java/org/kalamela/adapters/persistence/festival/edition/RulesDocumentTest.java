package org.kalamela.adapters.persistence.festival.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.FestivalRules;

class RulesDocumentTest {

    @Test
    void rules_come_back_as_they_were_written() {
        FestivalRules rules = FestivalRules.defaults2026();

        assertThat(RulesDocument.fromJson(RulesDocument.toJson(rules))).isEqualTo(rules);
    }

    @Test
    void a_document_is_parsed_once_and_a_changed_one_again() {
        String json = RulesDocument.toJson(FestivalRules.defaults2026());
        String changed = json.replace("\"appealWindowMinutes\":30", "\"appealWindowMinutes\":45");

        assertThat(RulesDocument.fromJson(json)).isSameAs(RulesDocument.fromJson(new String(json)));
        assertThat(changed).isNotEqualTo(json);
        assertThat(RulesDocument.fromJson(changed).appealWindowMinutes()).isEqualTo(45);
        assertThat(RulesDocument.fromJson(json).appealWindowMinutes()).isEqualTo(30);
    }

    @Test
    void a_document_that_is_not_rules_is_an_error_and_is_not_kept() {
        assertThatThrownBy(() -> RulesDocument.fromJson("{\"grades\": 7}")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RulesDocument.fromJson("{\"grades\": 7}")).isInstanceOf(IllegalStateException.class);
    }
}
