package org.mycroft.core.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closed lists of the directory of competent national authorities: the authority types (each
 * with the article that designates it, so its instrument is known) and the channels a request may
 * take, with labels in the UI languages, read from {@code directory-fields.tsv}.
 */
public final class DirectoryVocabulary extends FieldVocabulary {

    public static final String AUTHORITY_TYPE = "authority_type";
    public static final String CHANNEL = "channel";

    private static final DirectoryVocabulary INSTANCE = new DirectoryVocabulary();

    private final Map<String, String> articles = new LinkedHashMap<>();

    private DirectoryVocabulary() {
        this(Tsv.read("directory-fields.tsv"));
    }

    private DirectoryVocabulary(List<Map<String, String>> rows) {
        super(rows);
        for (Map<String, String> row : rows) {
            if (!row.get("article").isBlank()) {
                articles.put(row.get("id"), row.get("article"));
            }
        }
    }

    public static DirectoryVocabulary get() {
        return INSTANCE;
    }

    public List<String> authorityTypes() {
        return values(AUTHORITY_TYPE);
    }

    public List<String> channels() {
        return values(CHANNEL);
    }

    /** The article designating an authority type (UNTOC-18.13 for a central authority for mutual legal assistance). */
    public Optional<String> article(String authorityType) {
        return Optional.ofNullable(articles.get(authorityType));
    }

    /** The instrument of an authority type (UNTOC, SOM, FP). */
    public Optional<String> instrument(String authorityType) {
        return article(authorityType).map(a -> a.substring(0, a.indexOf('-')));
    }
}
