package org.kalamela.adapters.rest.festival.page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The public page's script and stylesheet, read once from the classpath and served under names that carry
 * the first 12 hex digits of their SHA-256 ({@code app.3fa2c1b9d0e4.js}): a changed file gets a new name, so
 * browsers and proxies may keep a name for a year without ever showing a stale file. No build step renames
 * anything: the names are derived when the server starts. The small critical stylesheet is not served but
 * written into the page itself, so the first screen paints after one round trip.
 */
public final class PageAssets {

    static final String FOLDER = "/org/kalamela/adapters/rest/festival/page/assets/";

    /** A served file: its hashed name, its type, its bytes and the same bytes gzipped. */
    public record Asset(String name, String contentType, byte[] body, byte[] gzipped) {
    }

    private final Asset script;
    private final Asset stylesheet;
    private final String criticalCss;

    private PageAssets(Asset script, Asset stylesheet, String criticalCss) {
        this.script = script;
        this.stylesheet = stylesheet;
        this.criticalCss = criticalCss;
    }

    public static PageAssets load() {
        return new PageAssets(asset("app", "js", "text/javascript; charset=utf-8"),
                asset("app", "css", "text/css; charset=utf-8"),
                new String(read("critical.css"), StandardCharsets.UTF_8));
    }

    public Asset script() {
        return script;
    }

    public Asset stylesheet() {
        return stylesheet;
    }

    public String criticalCss() {
        return criticalCss;
    }

    public Optional<Asset> named(String name) {
        return Optional.ofNullable(Map.of(script.name(), script, stylesheet.name(), stylesheet).get(name));
    }

    static String hashedName(String base, String extension, byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return base + "." + HexFormat.of().formatHex(digest, 0, 6) + "." + extension;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Asset asset(String base, String extension, String contentType) {
        byte[] body = read(base + "." + extension);
        return new Asset(hashedName(base, extension, body), contentType, body, gzip(body));
    }

    private static byte[] read(String file) {
        try (InputStream in = PageAssets.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FOLDER + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
