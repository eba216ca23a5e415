package org.mycroft.web.unit;

/** A case in a list (article and country pages); {@code roles} says how the State of the page takes part. */
public record CaseItem(String title, String href, String country, Integer year, String date, String lang,
                       String cooperationForm, String roles) {}
