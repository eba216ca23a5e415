package org.mycroft.curation.directory;

import org.mycroft.curation.Role;

/**
 * What a reader of the directory may see: anonymous visitors only published public entries and
 * their public fields; accounts with the authority role or any curator role also restricted ones.
 */
public enum Access {
    PUBLIC, AUTHORISED;

    /** The access of an account's role; null (not signed in) is public. */
    public static Access of(Role role) {
        return role != null && role.includes(Role.AUTHORITY) ? AUTHORISED : PUBLIC;
    }

    public boolean seesRestricted() {
        return this == AUTHORISED;
    }
}
