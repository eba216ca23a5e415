package org.mycroft.web.unit;

import java.util.List;

/**
 * Provisions under one linked heading: a State on an article's page, an article on a State's page.
 * {@code moreHref} (a search for all {@code count}) is set when the list is cut.
 */
public record ProvisionGroup(String id, String label, String headingId, long count, List<ProvisionItem> provisions,
                             String moreHref, String headingHref, String compareHref) {}
