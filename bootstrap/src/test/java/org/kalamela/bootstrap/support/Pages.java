package org.kalamela.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reads a paged list ({@code {"items","page","size","total"}}) to its end, for tests that look for one row. */
public final class Pages {

    private static final int SIZE = 200;

    private Pages() {
    }

    /** Every item of the list at {@code path}, asking page after page with a fresh request from {@code request}. */
    public static List<Map<String, Object>> all(Supplier<RequestSpecification> request, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = request.get().queryParam("page", page).queryParam("size", SIZE).get(path).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(body.getInt("page")).isEqualTo(page);
            assertThat(body.getInt("size")).isEqualTo(SIZE);
            List<Map<String, Object>> pageItems = body.getList("items");
            items.addAll(pageItems);
            if (pageItems.size() < SIZE) {
                assertThat(items).hasSize(body.getInt("total"));
                return items;
            }
        }
    }

    /** The values of one field of every item of the list at {@code path}. */
    public static List<Object> field(Supplier<RequestSpecification> request, String path, String field) {
        return all(request, path).stream().map(item -> item.get(field)).toList();
    }
}
