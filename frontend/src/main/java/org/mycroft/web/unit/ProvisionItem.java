package org.mycroft.web.unit;

/** A provision in a list (article and country pages); {@code lang} set when the law's language differs from the UI's. */
public record ProvisionItem(String number, String heading, String lawTitle, Integer year, String href, String lang) {}
