package org.kalamela.adapters.persistence.registry.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "districts")
public class DistrictEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "conference_official_limit", nullable = false)
    public int conferenceOfficialLimit;

    @Column(name = "conference_member_limit", nullable = false)
    public int conferenceMemberLimit;
}
