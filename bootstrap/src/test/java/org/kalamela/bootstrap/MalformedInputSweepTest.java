package org.kalamela.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.bootstrap.support.Api;
import org.kalamela.bootstrap.support.TestAccounts;

/**
 * Walks every operation of the OpenAPI document (so endpoints added later are covered without touching this
 * test) and sends it malformed input: parameters that do not convert (letters, overflowing numbers, impossible
 * dates, numbers as instants, NUL and other control characters), bodies with a NUL in a string, a number
 * where text is expected, text where a number is expected, a body that is not an object, a CSV that is not
 * UTF-8, and a body without a content type. Signed in as an ordinary admin and not signed in, every answer
 * must be a refusal the client can act on: never a 5xx, never a 404 for a bad parameter on a path that
 * exists, always problem details.
 */
@QuarkusTest
class MalformedInputSweepTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String PASSWORD = "Sweep-Admin-Password-7";

    @Inject
    TestAccounts accounts;

    private final ObjectMapper json = new ObjectMapper();
    private JsonNode document;
    private String adminToken;

    /** One request of the sweep and what it answered; {@code required} is the one status allowed, or 0. */
    private record Probe(String operation, String what, int status, String contentType, String body, int required) {
    }

    @BeforeEach
    void signIn() throws Exception {
        document = json.readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        if (adminToken == null) {
            String username = TestAccounts.unique("sweep-admin");
            accounts.admin(username, PASSWORD);
            adminToken = Api.newClient().accessToken(username, PASSWORD);
        }
    }

    @Test
    void everyOperationRefusesMalformedInputWithProblemDetailsNeverA5xxOrA404() throws Exception {
        List<Probe> probes = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                for (String token : new String[] {adminToken, null}) {
                    probes.addAll(sweep(op.getKey(), path.getKey(), path.getValue(), op.getValue(), token));
                }
            }
        }
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(40);

        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            String problem = failure(probe);
            if (problem != null) {
                failures.add(probe.operation() + " " + probe.what() + " -> " + probe.status() + " "
                        + probe.contentType() + ": " + problem + " " + abbreviate(probe.body()));
            }
        }
        assertThat(failures).as("%d probes of %d operations", probes.size(), operations).isEmpty();
    }

    /** Why the answer breaks the contract, or null when it does not. */
    private static String failure(Probe probe) {
        if (probe.required() != 0 && probe.status() != probe.required()) {
            return "expected " + probe.required();
        }
        if (probe.status() >= 500) {
            return "a server error";
        }
        if (probe.status() == 404 && !probe.what().startsWith("edge")) {
            return "not found for malformed input on a path that exists";
        }
        if (probe.status() >= 400 && (probe.contentType() == null || !probe.contentType().startsWith(PROBLEM))) {
            return "an error that is not problem details";
        }
        if (probe.what().startsWith("parameter") && probe.status() < 400) {
            return "a malformed parameter was accepted";
        }
        return null;
    }

    private List<Probe> sweep(String method, String template, JsonNode pathItem, JsonNode operation, String token)
            throws Exception {
        String name = method.toUpperCase() + " " + template + (token == null ? " (anonymous)" : " (admin)");
        List<Probe> probes = new ArrayList<>();
        Map<String, JsonNode> parameters = parameters(pathItem, operation);
        Map<String, String> validPath = new LinkedHashMap<>();
        parameters.forEach((key, parameter) -> {
            if (key.startsWith("path:")) {
                validPath.put(parameter.get("name").asText(), wellFormed(schema(parameter)));
            }
        });

        for (Map.Entry<String, JsonNode> entry : parameters.entrySet()) {
            JsonNode parameter = entry.getValue();
            String parameterName = parameter.get("name").asText();
            boolean inPath = entry.getKey().startsWith("path:");
            for (String edge : edgeValues(schema(parameter))) {
                Map<String, String> pathValues = new LinkedHashMap<>(validPath);
                String query = "";
                if (inPath) {
                    pathValues.put(parameterName, edge);
                } else {
                    query = "?" + encode(parameterName) + "=" + encode(edge);
                }
                Response response = request(token).contentType("application/json").body(minimalBody(operation))
                        .request(method, expand(template, pathValues) + query);
                probes.add(probe(name, "edge " + parameterName + "=" + edge, response));
            }
            for (String bad : malformedValues(schema(parameter))) {
                Map<String, String> pathValues = new LinkedHashMap<>(validPath);
                String query = "";
                if (inPath) {
                    pathValues.put(parameterName, bad);
                } else {
                    query = "?" + encode(parameterName) + "=" + encode(bad);
                }
                Response response = request(token).contentType("application/json").body(minimalBody(operation))
                        .request(method, expand(template, pathValues) + query);
                probes.add(probe(name, "parameter " + parameterName + "=" + printable(bad), response));
            }
        }

        JsonNode content = operation.path("requestBody").path("content");
        String path = expand(template, validPath);
        if (content.has("application/json")) {
            JsonNode schema = resolve(content.get("application/json").path("schema"));
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                 properties.hasNext(); ) {
                Map.Entry<String, JsonNode> property = properties.next();
                for (String bad : malformedJson(resolve(property.getValue()))) {
                    String body = "{" + json.writeValueAsString(property.getKey()) + ":" + bad + "}";
                    Response response = request(token).contentType("application/json").body(body)
                            .request(method, path);
                    probes.add(probe(name, "body " + printable(body), response));
                }
            }
            for (String body : List.of("[]", "\"text\"", "12")) {
                probes.add(probe(name, "body " + body, request(token).contentType("application/json").body(body)
                        .request(method, path)));
            }
        }
        if (content.has("text/csv")) {
            byte[] latin1 = "name\nSt. Thom\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
            probes.add(probe(name, "latin-1 csv", request(token).contentType("text/csv").body(latin1)
                    .request(method, path)));
        }
        if (!content.isMissingNode() && content.size() > 0) {
            probes.add(withoutContentType(name, method, path, token));
        }
        return probes;
    }

    /** Path and query parameters of the operation and of its path, keyed by where they go and their name. */
    private Map<String, JsonNode> parameters(JsonNode pathItem, JsonNode operation) {
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(parameter);
                String in = resolved.path("in").asText();
                if (in.equals("path") || in.equals("query")) {
                    parameters.put(in + ":" + resolved.get("name").asText(), resolved);
                }
            }
        }
        return parameters;
    }

    private JsonNode schema(JsonNode parameter) {
        JsonNode schema = resolve(parameter.path("schema"));
        return schema.path("type").asText().equals("array") ? resolve(schema.path("items")) : schema;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(current.get("allOf").get(0));
        }
        return current;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asText().equals("null")) {
                    return each.asText();
                }
            }
        }
        return type.asText("string");
    }

    private static String wellFormed(JsonNode schema) {
        return switch (type(schema)) {
            case "integer", "number" -> "2026";
            case "boolean" -> "true";
            default -> "x";
        };
    }

    /**
     * Well-formed numbers at the edges (no id is 0 or negative, an age of two billion years): they may be
     * accepted, refused or not found, but never a server error.
     */
    private static List<String> edgeValues(JsonNode schema) {
        return switch (type(schema)) {
            case "integer", "number" -> List.of("0", "-1", "2147483647");
            default -> List.of();
        };
    }

    private static List<String> malformedValues(JsonNode schema) {
        String format = schema.path("format").asText();
        List<String> values = new ArrayList<>(List.of("a\u0000b", "line\nbreak"));
        switch (type(schema)) {
            case "integer", "number" -> {
                values.addAll(List.of("abc", "99999999999999999999", "9223372036854775808", "1e3", "1.5"));
                if (format.equals("int32")) {
                    values.add("2147483648");
                }
            }
            case "boolean" -> values.addAll(List.of("maybe", "2"));
            default -> {
                if (format.startsWith("date")) {
                    values.addAll(List.of("2026-02-30T00:00:00Z", "1700000000", "2026-02-30"));
                }
            }
        }
        return values;
    }

    private static List<String> malformedJson(JsonNode schema) {
        return switch (type(schema)) {
            case "integer", "number" -> List.of("\"abc\"", "99999999999999999999999", "true", "{}");
            case "boolean" -> List.of("\"maybe\"", "[]");
            case "array" -> List.of("\"a\\u0000b\"", "123", "[\"a\\u0000b\"]");
            case "object" -> List.of("\"a\\u0000b\"", "123", "[]");
            default -> schema.path("format").asText().startsWith("date")
                    ? List.of("\"2026-02-30\"", "1700000000", "\"a\\u0000b\"")
                    : List.of("\"a\\u0000b\"", "\"\\u0007bell\"", "123", "true", "{}");
        };
    }

    /** The smallest body an operation that takes one could be sent with: the parameter is what is wrong. */
    private static String minimalBody(JsonNode operation) {
        return operation.path("requestBody").path("content").has("application/json") ? "{}" : "";
    }

    private static String expand(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", encode(value.getValue()));
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Addresses are encoded here, so that a NUL reaches the server as %00 and nothing is encoded twice. */
    private static RequestSpecification request(String token) {
        RequestSpecification request = Api.newClient().request().urlEncodingEnabled(false);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static Probe probe(String operation, String what, Response response) {
        return new Probe(operation, what, response.statusCode(), response.contentType(), response.asString(), 0);
    }

    /** A body without Content-Type: rest-assured always sends one, so plain HTTP. */
    private Probe withoutContentType(String operation, String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("X-Forwarded-For", Api.newClient().clientAddress()).timeout(Duration.ofSeconds(60))
                .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Probe(operation, "body without content type", response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), response.body(), 415);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7F ? String.format("\\u%04X", c)
                : new String(Character.toChars(c))));
        return abbreviate(out.toString());
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
