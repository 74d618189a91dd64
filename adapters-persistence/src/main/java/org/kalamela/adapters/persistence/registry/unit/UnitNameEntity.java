package org.kalamela.adapters.persistence.registry.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code units}: the registry's unit names (master data). */
@Entity
@Table(name = "units")
public class UnitNameEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "district_id", nullable = false)
    public Long districtId;

    @Column(nullable = false, length = 150)
    public String name;

    @Column(nullable = false)
    public boolean active;
}
