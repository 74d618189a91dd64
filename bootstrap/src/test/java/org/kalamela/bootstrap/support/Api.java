package org.kalamela.bootstrap.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Requests as one client: every Api has its own client address (sent as X-Forwarded-For, which the test
 * profile trusts), so the per-address rate limits of one test do not spill into another.
 */
public final class Api {

    private final String clientAddress;

    private Api(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    /** A client from a random address of the IPv6 documentation range (RFC 3849): no real host. */
    public static Api newClient() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new Api(String.format("2001:db8:%x:%x::%x", r.nextInt(0x10000), r.nextInt(0x10000), r.nextInt(1, 0x10000)));
    }

    public String clientAddress() {
        return clientAddress;
    }

    public RequestSpecification request() {
        return given().header("X-Forwarded-For", clientAddress)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public RequestSpecification as(String accessToken) {
        return request().header("Authorization", "Bearer " + accessToken);
    }

    public ValidatableResponse login(String login, String password) {
        return request().body(Map.of("login", login, "password", password)).post("/api/v1/auth/login").then();
    }

    public String accessToken(String login, String password) {
        return login(login, password).statusCode(200).extract().path("accessToken");
    }

    public String adminToken() {
        return accessToken("admin", "Admin-Test-Password-1");
    }
}
