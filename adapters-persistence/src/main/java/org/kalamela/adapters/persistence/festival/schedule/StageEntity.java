package org.kalamela.adapters.persistence.festival.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "stages")
public class StageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "edition_year", nullable = false)
    public Integer editionYear;

    @Column(nullable = false, length = 80)
    public String name;

    @Column(nullable = false, length = 120)
    public String location;

    @Column(nullable = false)
    public Integer capacity;
}
