package org.mycroft.api.route;

/**
 * The pages of one item and their JSON twins: {@code /documents/{id}} and {@code /api/documents/{id}}.
 * Ids and codes are URL-safe by construction, so they are written as they are.
 */
public enum Page {
    DOCUMENT("documents"),
    ARTICLE("articles"),
    COUNTRY("countries");

    private final String path;

    Page(String path) {
        this.path = path;
    }

    /** The page of {@code id}, e.g. {@code /articles/UNTOC-5}. */
    public String of(String id) {
        return "/" + path + "/" + id;
    }

    /** Its JSON twin, e.g. {@code /api/articles/UNTOC-5}. */
    public String api(String id) {
        return "/api" + of(id);
    }
}
