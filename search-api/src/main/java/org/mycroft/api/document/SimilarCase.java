package org.mycroft.api.document;

import java.util.List;

/**
 * A published case found like another unit by MoreLikeThis. {@code sharedTags} are the tag ids
 * both carry (most specific first: a shared article drops its parent), the reader's "why".
 */
public record SimilarCase(String id, String title, String language, String country, Integer year, String url,
        List<String> sharedTags) {}
