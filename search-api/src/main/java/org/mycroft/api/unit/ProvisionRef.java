package org.mycroft.api.unit;

/**
 * One provision of a law, as listed on the article and country pages: where it is, not its text.
 * {@code language} is the language of the law (ISO 639-1).
 */
public record ProvisionRef(
        String id,
        String lawId,
        String lawTitle,
        String provisionNumber,
        String heading,
        String country,
        String language,
        Integer year,
        String date,
        String url) {}
