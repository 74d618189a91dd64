package org.kalamela.adapters.rest.festival.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PageAssetsTest {

    private final PageAssets assets = PageAssets.load();

    @Test
    void a_name_carries_the_hash_of_the_content_so_a_change_renames_the_file() {
        assertThat(assets.script().name()).matches("app\\.[0-9a-f]{12}\\.js");
        assertThat(assets.stylesheet().name()).matches("app\\.[0-9a-f]{12}\\.css");
        byte[] changed = (new String(assets.script().body(), StandardCharsets.UTF_8) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(PageAssets.hashedName("app", "js", changed)).isNotEqualTo(assets.script().name());
        assertThat(PageAssets.hashedName("app", "js", assets.script().body())).isEqualTo(assets.script().name());
    }

    @Test
    void only_the_hashed_names_are_served_and_the_gzipped_bytes_are_the_same_file() throws IOException {
        assertThat(assets.named(assets.script().name())).contains(assets.script());
        assertThat(assets.named("app.js")).isEmpty();
        assertThat(assets.named("critical.css")).isEmpty();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(assets.stylesheet().gzipped()))) {
            assertThat(in.readAllBytes()).isEqualTo(assets.stylesheet().body());
        }
        assertThat(assets.criticalCss()).contains("#results-list");
    }
}
