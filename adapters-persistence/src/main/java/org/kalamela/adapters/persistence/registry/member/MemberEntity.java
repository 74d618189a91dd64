package org.kalamela.adapters.persistence.registry.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "members")
public class MemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 1, columnDefinition = "bpchar")
    public String gender;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Column(nullable = false, length = 10)
    public String phone;

    @Column(length = 100)
    public String qualification;

    @Column(name = "blood_group", length = 3)
    public String bloodGroup;
}
