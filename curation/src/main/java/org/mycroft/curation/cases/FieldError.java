package org.mycroft.curation.cases;

/** One problem with one form field; {@code code} is a message key the pages translate. */
public record FieldError(String field, String code) {}
