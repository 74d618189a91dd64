package org.kalamela.adapters.persistence.festival.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "individual_entries")
public class IndividualEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "edition_year", nullable = false)
    public Integer editionYear;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "district_id", nullable = false)
    public Long districtId;

    @Column(nullable = false, length = 6)
    public String seniority;

    @Column(name = "registered_by", nullable = false)
    public Long registeredBy;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;
}
