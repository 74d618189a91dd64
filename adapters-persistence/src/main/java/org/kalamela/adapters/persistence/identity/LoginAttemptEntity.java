package org.kalamela.adapters.persistence.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "login_attempts")
public class LoginAttemptEntity {

    @Id
    @Column(name = "account_id")
    public Long accountId;

    @Column(nullable = false)
    public int failures;

    @Column(name = "window_start")
    public Instant windowStart;

    @Column(name = "locked_until")
    public Instant lockedUntil;
}
