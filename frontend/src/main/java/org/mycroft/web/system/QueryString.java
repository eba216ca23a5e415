package org.mycroft.web.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Builds the query strings of the links every page renders server-side. */
public final class QueryString {

    private QueryString() {}

    /** "?a=1&b=x+y" in map order, or "" when there is nothing; empty values are left out. */
    public static String of(Map<String, List<String>> params) {
        StringJoiner joiner = new StringJoiner("&", "?", "");
        joiner.setEmptyValue("");
        params.forEach((name, values) -> {
            for (String value : values) {
                if (value != null && !value.isEmpty()) {
                    joiner.add(encode(name) + "=" + encode(value));
                }
            }
        });
        return joiner.toString();
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
