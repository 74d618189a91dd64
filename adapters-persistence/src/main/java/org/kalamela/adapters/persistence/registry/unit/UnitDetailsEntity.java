package org.kalamela.adapters.persistence.registry.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "unit_details")
public class UnitDetailsEntity {

    @Id
    @Column(name = "unit_id")
    public Long unitId;

    @Column(name = "registration_year", nullable = false)
    public int registrationYear;

    @Column(name = "member_count", nullable = false)
    public int memberCount;
}
