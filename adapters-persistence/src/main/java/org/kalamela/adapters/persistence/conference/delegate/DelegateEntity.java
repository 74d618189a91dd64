package org.kalamela.adapters.persistence.conference.delegate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "conference_delegates")
public class DelegateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "conference_id", nullable = false)
    public Long conferenceId;

    @Column(name = "district_id", nullable = false)
    public Long districtId;

    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(nullable = false, length = 8)
    public String kind;

    @Column(name = "food_preference", nullable = false, length = 8)
    public String foodPreference;

    @Column(nullable = false)
    public boolean accommodation;

    @Column(name = "official_account_id")
    public Long officialAccountId;

    @Column(name = "added_by", nullable = false)
    public Long addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
