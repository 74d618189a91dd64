package org.kalamela.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged application (target/quarkus-app, built by the package phase) as production would:
 * the prod profile, settings from the environment, against the test database. Run by maven-failsafe in
 * {@code mvn verify}; {@code -DskipITs} leaves it out. Three starts (the JVM tuned for a quick start): each
 * refusal case and one good start.
 */
class ProductionStartIT {

    private static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path workDir;

    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void anUnreadableKeyFileStopsTheStartAndIsNamed() throws Exception {
        Path missing = workDir.resolve("no-such-private.pem");
        Path publicKey = workDir.resolve("public.pem");
        Files.writeString(publicKey, "not a key");
        Path log = start(Map.of("KALAMELA_SMTP_HOST", "127.0.0.1",
                "KALAMELA_JWT_PRIVATE_KEY_LOCATION", missing.toString(),
                "KALAMELA_JWT_PUBLIC_KEY_LOCATION", publicKey.toString()));

        assertThat(process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the process ends").isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        List<String> errors = errorLines(log);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains(missing.toString());
    }

    @Test
    void withoutJwtKeysAndSmtpHostProductionRefusesToStartWithOneErrorLineNamingBoth() throws Exception {
        Path log = start(Map.of());

        assertThat(process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the process ends").isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        List<String> errors = errorLines(log);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains("refuses to start", "KALAMELA_JWT_PRIVATE_KEY_LOCATION",
                "KALAMELA_SMTP_HOST");
        assertThat(Files.readAllLines(log)).noneMatch(line -> line.startsWith("\tat "))
                .noneMatch(line -> line.contains("Listening on"));
    }

    @Test
    void withItsSettingsProductionServesHealthAndMetricsOnTheManagementPortOnly() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path privateKey = Files.writeString(workDir.resolve("private.pem"),
                pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicKey = Files.writeString(workDir.resolve("public.pem"),
                pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        int httpPort = freePort();
        int managementPort = freePort();
        Path log = start(Map.of("KALAMELA_SMTP_HOST", "127.0.0.1",
                "KALAMELA_JWT_PRIVATE_KEY_LOCATION", privateKey.toString(),
                "KALAMELA_JWT_PUBLIC_KEY_LOCATION", publicKey.toString(),
                "KALAMELA_HTTP_PORT", Integer.toString(httpPort),
                "KALAMELA_MANAGEMENT_PORT", Integer.toString(managementPort),
                "KALAMELA_MANAGEMENT_HOST", "127.0.0.1"));

        HttpResponse<String> ready = awaitReady("http://127.0.0.1:" + managementPort + "/q/health/ready", log);
        assertThat(ready.body()).contains("UP", "smtp").doesNotContain("log-only");
        assertThat(get("http://127.0.0.1:" + managementPort + "/q/metrics").statusCode()).isEqualTo(200);
        assertThat(get("http://127.0.0.1:" + httpPort + "/q/metrics").statusCode()).isEqualTo(404);
        assertThat(get("http://127.0.0.1:" + httpPort + "/q/health/ready").statusCode()).isEqualTo(404);
        assertThat(get("http://127.0.0.1:" + httpPort + "/api/v1/kalamela/editions/current").statusCode())
                .isLessThan(500);
    }

    private Path start(Map<String, String> settings) throws IOException {
        assertThat(APP).as("the packaged application (mvn package builds it)").exists();
        Path log = workDir.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", APP.toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("KALAMELA_") || name.startsWith("QUARKUS_"));
        env.put("KALAMELA_DB_URL", System.getenv().getOrDefault("KALAMELA_TEST_DB_URL",
                "jdbc:postgresql://127.0.0.1:5432/kalamela_test"));
        putIfSet(env, "KALAMELA_DB_USER");
        putIfSet(env, "KALAMELA_DB_PASSWORD");
        env.put("KALAMELA_ADMIN_PASSWORD", "Admin-Test-Password-1");
        env.put("KALAMELA_HTTP_PORT", "0");
        env.put("KALAMELA_MANAGEMENT_PORT", "0");
        env.put("KALAMELA_UPLOAD_DIR", workDir.resolve("uploads").toString());
        env.putAll(settings);
        process = builder.start();
        return log;
    }

    private static void putIfSet(Map<String, String> env, String name) {
        String value = System.getenv(name);
        if (value != null) {
            env.put(name, value);
        }
    }

    private HttpResponse<String> awaitReady(String url, Path log) throws Exception {
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the server runs; its log:%n%s", Files.readString(log)).isTrue();
            try {
                HttpResponse<String> response = get(url);
                if (response.statusCode() == 200) {
                    return response;
                }
            } catch (IOException notListeningYet) {
                // The server is still starting.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not ready within " + START_LIMIT + "; log:\n" + Files.readString(log));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> errorLines(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(line -> line.contains(" ERROR ")).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
