package org.mycroft.api.search;

import java.util.List;

/**
 * One batch of a deep walk through a result set: pass {@code nextCursor} back as {@code cursor}
 * for the next batch; it is null once the last batch has been sent.
 */
public record CursorPage(long total, int size, String cursor, String nextCursor, List<SearchHit> results) {}
