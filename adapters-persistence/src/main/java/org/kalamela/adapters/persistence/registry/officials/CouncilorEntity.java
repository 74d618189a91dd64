package org.kalamela.adapters.persistence.registry.officials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "councilors")
public class CouncilorEntity {

    @Id
    @Column(name = "member_id")
    public Long memberId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false)
    public int position;
}
