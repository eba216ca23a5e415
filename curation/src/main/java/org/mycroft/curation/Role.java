package org.mycroft.curation;

import java.util.Locale;
import org.mycroft.core.id.Ids;

/**
 * What an account may do. Each role includes the ones below it: a reviewer may also draft, an admin
 * may also review, and every curator may read what an authority reads. Anonymous visitors have no
 * role and only read what is published and public.
 */
public enum Role {
    /** Reads restricted directory entries and fields (a national authority's account); writes nothing. */
    AUTHORITY,
    /** Drafts and edits cases, proposes tags. */
    CONTRIBUTOR,
    /** Returns or publishes cases, confirms and rejects tags. */
    REVIEWER,
    /** Manages accounts. */
    ADMIN;

    public boolean includes(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    /** The lower-case name used on the command line and in the database. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named by its id, any case; anything else is refused, naming the roles. */
    public static Role parse(String value) {
        return Ids.parse(values(), Role::id, value, "role");
    }
}
