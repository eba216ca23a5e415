package org.mycroft.curation;

/** The signed-in person behind a write: every workflow method checks the role itself. */
public record Curator(String username, Role role) {

    /** Refuses the action unless this curator's role includes {@code needed}. */
    public void require(Role needed) {
        if (!role.includes(needed)) {
            throw new CurationAccessDeniedException(username + " (" + role.id() + ") may not do what needs the " + needed.id() + " role");
        }
    }
}
