package org.kalamela.floor;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The one entity of the floor application. */
@Entity
@Table(schema = "floor", name = "notes")
public class Note extends PanacheEntity {

    public String text;
}
