package org.kalamela.adapters.persistence.shared.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.RegistrationWindow;

/**
 * V24's triggers start announcing participants' changes the same time before registration closes as the
 * application waits after it closed before it keeps find-participant's answers ({@link RegistrationWindow#SETTLING}):
 * the argument that no silent write can be missed needs both margins, so changing one alone fails here.
 */
class ParticipantSignalMarginTest {

    @Test
    void v24_announces_from_the_settling_margin_before_closing() throws IOException {
        String v24;
        try (InputStream sql = getClass().getResourceAsStream("/db/migration/V24__participant_signals.sql")) {
            assertThat(sql).as("V24 on the classpath").isNotNull();
            v24 = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher margin = Pattern.compile("registration_closes > clock_timestamp\\(\\) \\+ INTERVAL '(\\d+) minutes'")
                .matcher(v24);

        assertThat(margin.find()).as("V24's margin before closing").isTrue();
        assertThat(Long.parseLong(margin.group(1))).isEqualTo(RegistrationWindow.SETTLING.toMinutes());
    }
}
