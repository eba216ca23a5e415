package org.mycroft.api.search;

import java.util.List;

/**
 * One result. {@code snippet} is safe HTML: document text escaped, matches wrapped in
 * {@code <mark>}; nothing else can appear in it. {@code mentions}: tag ids only named in passing.
 * {@code inForce} is false for a superseded version of a provision (a search with history), which
 * then has the day it was superseded ({@code supersededOn}, yyyy-MM-dd).
 */
public record SearchHit(
        String id,
        String docType,
        String title,
        String parentId,
        String parentTitle,
        String provisionNumber,
        String heading,
        String country,
        Integer year,
        String language,
        List<String> articles,
        List<String> crimeTypes,
        List<String> crossCutting,
        List<String> mentions,
        String snippet,
        String url,
        boolean inForce,
        String supersededOn) {}
