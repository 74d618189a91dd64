package org.kalamela.adapters.rest.shared.output;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A public read's answer serialised once (docs/api.md, "Results, championship and titles"): the JSON bytes,
 * and their strong entity tag (the first 16 bytes of their SHA-256), so a client that sends it back in
 * {@code If-None-Match} gets 304 without a body. {@code Cache-Control: no-cache}: a browser or proxy may keep
 * the answer but must ask again each time, since a publication changes it at any moment and the 304 costs the
 * server nothing.
 *
 * @param source what was serialised: the same object gives the same bytes, by identity
 */
public record RenderedJson(Object source, byte[] body, String etag) {

    public static final String CACHE_CONTROL = "no-cache";
    public static final String CONTENT_TYPE = MediaType.APPLICATION_JSON;

    static RenderedJson of(Object source, byte[] body) {
        return new RenderedJson(source, body, tagOf(body));
    }

    /** Whether an {@code If-None-Match} header names this answer (weak tags compare by their value, RFC 9110). */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    /** The JAX-RS answer: 304 with the tag when the client has it, otherwise 200 with the bytes. */
    public Response response(String ifNoneMatch) {
        Response.ResponseBuilder answer = matches(ifNoneMatch) ? Response.notModified()
                : Response.ok(body, CONTENT_TYPE);
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    private static String tagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "RenderedJson[" + etag + ", " + new String(body, 0, Math.min(body.length, 40),
                StandardCharsets.UTF_8) + "…]";
    }
}
