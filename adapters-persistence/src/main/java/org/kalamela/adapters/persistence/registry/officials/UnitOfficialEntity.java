package org.kalamela.adapters.persistence.registry.officials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One office of a unit and its holder. */
@Entity
@Table(name = "unit_officials")
public class UnitOfficialEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false, length = 16)
    public String office;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 10)
    public String phone;
}
