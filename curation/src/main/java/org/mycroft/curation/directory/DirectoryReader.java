package org.mycroft.curation.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The directory as the public pages and the API read it: published entries only, filtered by what
 * the reader's {@link Access} allows. Restricted entries are left out by the database query itself,
 * and restricted fields are read only for authorised readers.
 */
public record DirectoryReader(DirectoryRepository entries) {

    public List<Listing> search(DirectoryQuery query, Access access) {
        return entries.search(query, access).stream().map(e -> listing(e, access)).toList();
    }

    /** A published entry the reader may see; a restricted one is empty for the public, like an unknown id. */
    public Optional<Listing> entry(String id, Access access) {
        return entries.findPublished(id, access).map(e -> listing(e, access));
    }

    /** When the State's directory entries that the reader may see were last updated. */
    public Optional<Instant> lastUpdated(String state, Access access) {
        return entries.search(new DirectoryQuery(List.of(state), List.of(), null), access).stream()
                .map(AuthorityEntry::updatedAt).max(Instant::compareTo);
    }

    private Listing listing(AuthorityEntry entry, Access access) {
        return new Listing(entry, access.seesRestricted() ? entries.restricted(entry.id()) : Map.of());
    }
}
