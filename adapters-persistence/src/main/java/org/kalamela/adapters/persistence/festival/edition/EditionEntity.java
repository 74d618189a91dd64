package org.kalamela.adapters.persistence.festival.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "editions")
public class EditionEntity {

    @Id
    public Integer year;

    /** The edition's rules as the JSON document of {@link RulesDocument}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String rules;

    @Column(name = "registration_opens", nullable = false)
    public Instant registrationOpens;

    @Column(name = "registration_closes", nullable = false)
    public Instant registrationCloses;

    @Column(name = "is_current", nullable = false)
    public boolean current;
}
