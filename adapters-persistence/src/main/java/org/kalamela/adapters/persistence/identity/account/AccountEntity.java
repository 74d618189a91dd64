package org.kalamela.adapters.persistence.identity.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "accounts")
public class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(length = 254)
    public String email;

    @Column(length = 20)
    public String phone;

    @Column(name = "display_name", nullable = false, length = 150)
    public String displayName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(nullable = false, length = 20)
    public String role;

    @Column(name = "district_id")
    public Long districtId;

    @Column(name = "unit_id")
    public Long unitId;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "password_change_required", nullable = false)
    public boolean passwordChangeRequired;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
