package org.mycroft.api.unit;

import java.util.List;

/**
 * A case (court decision or cooperation case) in a list. {@code roles} says how the State of the
 * list takes part: {@code court} (decided there), {@code requesting}, {@code requested}; empty on
 * lists that are not about one State.
 */
public record CaseRef(
        String id,
        String title,
        String country,
        String countryName,
        String language,
        Integer year,
        String date,
        String court,
        String cooperationForm,
        String requestingState,
        String requestedState,
        String outcome,
        List<String> roles,
        String url) {}
