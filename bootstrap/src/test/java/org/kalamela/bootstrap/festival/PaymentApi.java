package org.kalamela.bootstrap.festival;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The Kalamela payment steps over HTTP as the tests take them: a district owing the fee of one entry, a
 * payment for it, proofs of each kind uploaded as the multipart part {@code file}.
 */
final class PaymentApi {

    static final String OFFICIAL_PAYMENTS = "/api/v1/kalamela/official/payments";
    static final String ADMIN_PAYMENTS = "/api/v1/kalamela/payments";
    static final int MIB = 1024 * 1024;

    private final FestivalApi festival;
    private final FestivalSql sql;

    PaymentApi(FestivalApi festival, FestivalSql sql) {
        this.festival = festival;
        this.sql = sql;
    }

    /** A file of that size starting with the bytes of {@code head}, the rest filled with 'x'. */
    static byte[] file(String head, int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        byte[] start = head.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, bytes, 0, Math.min(size, start.length));
        return bytes;
    }

    static byte[] pdf(int size) {
        return file("%PDF-1.7\n", size);
    }

    static byte[] png() {
        return file("\u0089PNG\r\n\u001a\n", 2048);
    }

    static byte[] jpeg() {
        return file("\u00ff\u00d8\u00ff\u00e0", 2048);
    }

    /** Enters one member of the district in the event, so the district owes one individual fee (50.00). */
    void oneEntry(FestivalApi.District district, long event) {
        long unit = sql.unit(district.id(), FestivalSql.unique("Unit"));
        festival.enter(district, event, sql.member(unit, FestivalSql.unique("Member"), "F", FestivalApi.JUNIOR))
                .statusCode(201);
    }

    ValidatableResponse create(FestivalApi.District district, String amount, String key) {
        var request = festival.as(district.token()).body(Map.of("amount", amount));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(OFFICIAL_PAYMENTS).then();
    }

    long payment(FestivalApi.District district, String amount) {
        return create(district, amount, null).statusCode(201).extract().jsonPath().getLong("id");
    }

    ValidatableResponse upload(FestivalApi.District district, long payment, String fileName, byte[] bytes,
                               String declaredType) {
        return festival.as(district.token()).contentType("multipart/form-data")
                .multiPart("file", fileName, bytes, declaredType)
                .post(OFFICIAL_PAYMENTS + "/" + payment + "/proof").then();
    }

    ValidatableResponse decline(long payment, String reason) {
        return festival.admin().body(Map.of("reason", reason)).post(ADMIN_PAYMENTS + "/" + payment + "/decline")
                .then();
    }
}
