package org.kalamela.adapters.persistence.festival.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "festival_events")
public class FestivalEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "edition_year", nullable = false)
    public Integer editionYear;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 10)
    public String kind;

    @Column(nullable = false, length = 20)
    public String category;

    @Column(length = 1, columnDefinition = "bpchar")
    public String gender;

    @Column(length = 6)
    public String seniority;

    @Column(nullable = false)
    public boolean mandatory;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "short_code", nullable = false, length = 16)
    public String shortCode;

    @Column(name = "min_team_size")
    public Integer minTeamSize;

    @Column(name = "max_team_size")
    public Integer maxTeamSize;

    @Column(name = "teams_per_unit")
    public Integer teamsPerUnit;
}
