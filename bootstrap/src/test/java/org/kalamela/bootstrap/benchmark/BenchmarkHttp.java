package org.kalamela.bootstrap.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator's HTTP side, on the JDK client (lighter per request than rest-assured, and it can drain
 * a download without keeping it). Every request names its client thread's own address in X-Forwarded-For
 * (trusted by the test profile), so the per-address rate limits see one client per thread. Requests go
 * only to the application under test on localhost.
 */
final class BenchmarkHttp {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    BenchmarkHttp(URI base) {
        if (!"localhost".equals(base.getHost()) && !"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("the benchmark only loads a local server, not " + base);
        }
        this.base = base;
    }

    /** An address of the IPv6 documentation range (RFC 3849) for client thread {@code thread}. */
    static String clientAddress(String scenario, int thread) {
        return String.format("2001:db8:%x::%x", Math.abs(scenario.hashCode()) % 0x10000, thread + 1);
    }

    HttpResponse<String> login(String address, String login, String password) throws IOException,
            InterruptedException {
        String body = "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}";
        HttpRequest request = builder("/api/v1/auth/login", address).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String accessToken(String address, String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = login(address, login, password);
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("sign-in of " + login + " answered " + response.statusCode());
        }
        return token.group(1);
    }

    /** A GET whose body is read completely and dropped; returns the status. */
    int get(String pathAndQuery, String address, String token) throws IOException, InterruptedException {
        return client.send(authorized(pathAndQuery, address, token), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** A GET whose body is read completely and counted, for downloads; returns the byte count or -status. */
    long download(String pathAndQuery, String address, String token) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(authorized(pathAndQuery, address, token),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            long bytes = body.transferTo(OutputStream.nullOutputStream());
            return response.statusCode() == 200 ? bytes : -response.statusCode();
        }
    }

    /** A POST of a JSON body; the answer is kept, to read its status and fields. */
    HttpResponse<String> post(String path, String address, String token, String json) throws IOException,
            InterruptedException {
        HttpRequest request = builder(path, address).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The first string or number named {@code name} in a JSON body, or null; enough for the few fields read here. */
    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*(?:\"([^\"]*)\"|(-?\\d+))").matcher(json);
        if (!value.find()) {
            return null;
        }
        return value.group(1) != null ? value.group(1) : value.group(2);
    }

    private HttpRequest authorized(String pathAndQuery, String address, String token) {
        return builder(pathAndQuery, address).header("Authorization", "Bearer " + token).GET().build();
    }

    private HttpRequest.Builder builder(String pathAndQuery, String address) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofMinutes(2))
                .header("X-Forwarded-For", address).header("Accept", "*/*");
    }
}
