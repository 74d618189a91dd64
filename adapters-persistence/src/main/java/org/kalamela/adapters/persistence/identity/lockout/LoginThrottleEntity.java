package org.kalamela.adapters.persistence.identity.lockout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One failed-sign-in count: of a login from one client address, or from every address ({@code '*'}). */
@Entity
@Table(name = "login_throttles")
@IdClass(LoginThrottleEntity.Key.class)
public class LoginThrottleEntity {

    @Id
    @Column(name = "login_key", nullable = false)
    public String loginKey;

    @Id
    @Column(name = "client_address", nullable = false)
    public String clientAddress;

    @Column(nullable = false)
    public int failures;

    @Column(name = "window_start")
    public Instant windowStart;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    /** The primary key {@code (login_key, client_address)}. */
    public static class Key implements Serializable {

        public String loginKey;
        public String clientAddress;

        public Key() {
        }

        Key(String loginKey, String clientAddress) {
            this.loginKey = loginKey;
            this.clientAddress = clientAddress;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(loginKey, key.loginKey)
                    && Objects.equals(clientAddress, key.clientAddress);
        }

        @Override
        public int hashCode() {
            return Objects.hash(loginKey, clientAddress);
        }
    }
}
