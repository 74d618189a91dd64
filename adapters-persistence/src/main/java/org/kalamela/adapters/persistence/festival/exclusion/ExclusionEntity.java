package org.kalamela.adapters.persistence.festival.exclusion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "festival_exclusions")
public class ExclusionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "edition_year", nullable = false)
    public Integer editionYear;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(nullable = false, length = 500)
    public String reason;

    @Column(name = "excluded_by", nullable = false)
    public Long excludedBy;

    @Column(name = "excluded_at", nullable = false)
    public Instant excludedAt;
}
