package org.kalamela.adapters.persistence.registry.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "unit_registrations")
public class UnitRegistrationEntity {

    @Id
    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "district_id", nullable = false)
    public Long districtId;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "registration_number", nullable = false, length = 32)
    public String registrationNumber;

    @Column(nullable = false, length = 24)
    public String status;

    @Column(name = "return_reason", length = 1000)
    public String returnReason;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;
}
