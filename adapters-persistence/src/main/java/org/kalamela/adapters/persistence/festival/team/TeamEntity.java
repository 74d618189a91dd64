package org.kalamela.adapters.persistence.festival.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A team's row; its members are {@link TeamMemberEntity} rows. */
@Entity
@Table(name = "teams")
public class TeamEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "edition_year", nullable = false)
    public Integer editionYear;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(name = "code_prefix", nullable = false, length = 16)
    public String codePrefix;

    @Column(name = "team_number", nullable = false)
    public Integer teamNumber;

    @Column(name = "district_id", nullable = false)
    public Long districtId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "registered_by", nullable = false)
    public Long registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;
}
