package org.kalamela.adapters.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real RS256 tokens and the real verifier underneath, counting how often it is asked. */
class CachingJwtParserTest {

    private static final String ISSUER = "https://kalamela.test";
    private static KeyPair keys;

    private final CountingParser verifier = new CountingParser();
    private final MovableClock clock = new MovableClock(Instant.now());
    private final CachingJwtParser parser = new CachingJwtParser(verifier, clock, 3);

    @BeforeAll
    static void keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    private static String token(String subject, Instant expiresAt) {
        return Jwt.issuer(ISSUER).subject(subject).expiresAt(expiresAt).sign(keys.getPrivate());
    }

    @Test
    void theSameTokenIsVerifiedOnce() throws Exception {
        String token = token("41", Instant.now().plusSeconds(900));

        JsonWebToken first = parser.parse(token);
        JsonWebToken second = parser.parse(token);

        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("41");
        assertThat(verifier.parses).isEqualTo(1);
    }

    @Test
    void anEntryIsNotServedFromItsExpOn() throws Exception {
        Instant exp = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS); // exp is in seconds
        String token = token("41", exp);
        parser.parse(token);

        clock.now = exp.minusMillis(1);
        parser.parse(token);
        assertThat(verifier.parses).isEqualTo(1);

        // The real verifier (on system time) still accepts it, but the entry is gone and not taken back.
        clock.now = exp;
        parser.parse(token);
        parser.parse(token);
        assertThat(verifier.parses).isEqualTo(3);
        assertThat(parser.size()).isZero();
    }

    @Test
    void anExpiredTokenIsRefusedEveryTime() {
        String token = token("41", Instant.now().minusSeconds(120));
        clock.now = Instant.now().minusSeconds(600);

        assertThatThrownBy(() -> parser.parse(token)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(token)).isInstanceOf(ParseException.class);
        assertThat(verifier.parses).isEqualTo(2);
        assertThat(parser.size()).isZero();
    }

    @Test
    void aTamperedSignatureIsVerifiedAndRefusedDespiteTheCachedOriginal() throws Exception {
        String token = token("41", Instant.now().plusSeconds(900));
        parser.parse(token);
        int dot = token.lastIndexOf('.');
        String otherSignature = token.substring(0, dot + 1)
                + new StringBuilder(token.substring(dot + 1)).reverse();

        assertThatThrownBy(() -> parser.parse(otherSignature)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(otherSignature)).isInstanceOf(ParseException.class);
        assertThat(verifier.parses).isEqualTo(3);
        assertThat(parser.size()).isEqualTo(1);
    }

    @Test
    void differentTokensAreKeptApart() throws Exception {
        Instant exp = Instant.now().plusSeconds(900);
        String unit = token("41", exp);
        String district = token("7", exp);

        assertThat(parser.parse(unit).getSubject()).isEqualTo("41");
        assertThat(parser.parse(district).getSubject()).isEqualTo("7");
        assertThat(parser.parse(unit).getSubject()).isEqualTo("41");
        assertThat(parser.parse(district).getSubject()).isEqualTo("7");
        assertThat(verifier.parses).isEqualTo(2);
    }

    @Test
    void noMoreTokensThanTheCapAreKept() throws Exception {
        Instant exp = Instant.now().plusSeconds(900);
        for (int i = 0; i < 10; i++) {
            parser.parse(token(String.valueOf(i), exp));
        }

        assertThat(verifier.parses).isEqualTo(10);
        assertThat(parser.size()).isLessThanOrEqualTo(3);
    }

    /** The extension's parser with the application's settings (JwtVerification), counting parse(String). */
    private static final class CountingParser extends DefaultJWTParser {
        int parses;

        CountingParser() {
            super(contextInfo());
        }

        private static JWTAuthContextInfo contextInfo() {
            JWTAuthContextInfo info = new JWTAuthContextInfo(keys.getPublic(), ISSUER);
            info.setClockSkew(30);
            return info;
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            parses++;
            return super.parse(token);
        }
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
