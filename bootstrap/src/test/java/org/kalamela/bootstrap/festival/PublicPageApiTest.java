package org.kalamela.bootstrap.festival;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.festival.ResultsThroughPorts.Scored;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * The public page over HTTP, without a browser: the results are in the page as served (its first screen needs
 * no second request), the static files are named by their content and cached for a year, the page itself for
 * seconds, both gzipped for clients that take it, and the page stands when no festival is current.
 */
@QuarkusTest
class PublicPageApiTest {

    private static final Pattern ASSET = Pattern.compile("/assets/(app\\.[0-9a-f]{12}\\.(js|css))");

    private final FestivalApi festival = new FestivalApi();

    @Inject
    FestivalSql sql;

    @Inject
    TestAccounts accounts;

    @Inject
    ResultsThroughPorts results;

    @AfterEach
    void noCurrentEdition() {
        sql.clearCurrentEdition();
    }

    private static Response get(String path) {
        return given().header("Accept-Encoding", "identity").get(path);
    }

    @Test
    void the_served_page_holds_the_published_results_only_and_is_cached_for_seconds() {
        ResultsScene scene = new ResultsScene(2352, festival, sql, accounts);
        results.publish(scene.lightEvent, 2352, accounts.idOf("admin"), List.of(
                Scored.entry(scene.anilLight, 80, 1, "A", 5, 5), Scored.entry(scene.bijuLight, 70, 2, "A", 5, 3)));

        Response page = get("/");

        page.then().statusCode(200).contentType(startsWith("text/html")).header("Cache-Control",
                equalTo("public, max-age=10"));
        String html = page.asString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">",
                "Kalamela 2352: live results", scene.light, scene.anil, scene.biju, "after 1 of 3 results")
                .doesNotContain(scene.essay, scene.groupSong);
        assertThat(get("/?lang=ml").asString()).contains("<html lang=\"ml\">", "ഫലങ്ങൾ", scene.light);
    }

    @Test
    void static_files_are_named_by_their_content_and_kept_for_a_year() throws Exception {
        Matcher names = ASSET.matcher(get("/").asString());
        int found = 0;
        while (names.find()) {
            found++;
            Response asset = get("/assets/" + names.group(1));
            asset.then().statusCode(200).header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                    .contentType(startsWith(names.group(2).equals("js") ? "text/javascript" : "text/css"));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(asset.asByteArray());
            assertThat(names.group(1)).contains("." + HexFormat.of().formatHex(digest, 0, 6) + ".");
        }
        assertThat(found).isEqualTo(2);
        get("/assets/app.000000000000.js").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        get("/assets/app.js").then().statusCode(404);
    }

    @Test
    void clients_that_take_gzip_get_it() {
        Matcher names = ASSET.matcher(get("/").asString());
        assertThat(names.find()).isTrue();
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig()
                .noContentDecoders());
        for (String path : List.of("/", "/assets/" + names.group(1))) {
            given().config(raw).header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                    .header("Content-Encoding", equalTo("gzip")).header("Vary", equalTo("Accept-Encoding"));
        }
        given().config(raw).header("Accept-Encoding", "identity").get("/").then().statusCode(200)
                .header("Content-Encoding", nullValue());
    }

    @Test
    void without_a_current_festival_the_page_says_so() {
        sql.clearCurrentEdition();
        get("/").then().statusCode(200);
        assertThat(get("/").asString()).contains("No festival is running now.", "Kalamela: live results");
    }
}
