package org.kalamela.floor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;

/** One endpoint that reads the entity, so that REST, JSON and Hibernate all take part in the start. */
@Path("/notes")
public class NoteResource {

    @GET
    public List<Note> all() {
        return Note.listAll();
    }
}
