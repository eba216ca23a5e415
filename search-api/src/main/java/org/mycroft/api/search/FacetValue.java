package org.mycroft.api.search;

/** One facet value with its label in the request's language and its count. */
public record FacetValue(String value, String label, long count) {}
