package org.mycroft.api.system;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.Instrument;
import org.mycroft.core.taxonomy.Region;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.core.taxonomy.UiLanguages;

/**
 * Validation of the raw parameters of the workbench endpoints (articles, compare, coverage,
 * countries and search): an unknown parameter, a repeated single parameter or a bad value is an
 * {@link InvalidParameterException} naming the parameter (a 400). Pages and JSON twins parse with
 * the same code, so both accept exactly the same URLs.
 */
public final class RequestParameters {

    /** More values than this for one parameter is refused (a whole region is one {@code region} value). */
    public static final int MAX_VALUES = 60;
    /** Languages of the user interface and of labels (languages.tsv). */
    public static final Set<String> UI_LANGUAGES = Set.copyOf(UiLanguages.codes());

    private final Map<String, String[]> raw;

    private RequestParameters(Map<String, String[]> raw) {
        this.raw = raw;
    }

    /** Rejects any parameter outside {@code accepted} (the message lists the accepted ones). */
    public static RequestParameters of(Map<String, String[]> raw, Set<String> accepted) {
        for (String name : raw.keySet()) {
            if (!accepted.contains(name)) {
                throw new UnknownParameterException(name, "Unknown parameter '" + name + "'. Accepted: "
                        + String.join(", ", new TreeSet<>(accepted)) + ".");
            }
        }
        return new RequestParameters(raw);
    }

    /** The one value of a parameter, stripped; {@code fallback} when absent or blank; 400 when repeated. */
    public String single(String name, String fallback) {
        String[] values = raw.get(name);
        if (values == null || values.length == 0) {
            return fallback;
        }
        if (values.length > 1) {
            throw new InvalidParameterException(name, "Parameter '" + name + "' may only be given once.");
        }
        String value = values[0].strip();
        return value.isEmpty() ? fallback : value;
    }

    /** Every non-blank value of a repeatable parameter, stripped, duplicates removed, in URL order. */
    public List<String> values(String name) {
        String[] values = raw.get(name);
        if (values == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        if (out.size() > MAX_VALUES) {
            throw new InvalidParameterException(name, "At most " + MAX_VALUES + " values of '" + name + "'.");
        }
        return List.copyOf(out);
    }

    /** A whole number in [min, max]; {@code fallback} when absent. */
    public int integer(String name, int fallback, int min, int max) {
        String text = single(name, "");
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new InvalidParameterException(name, "'" + name + "' must be between " + min + " and " + max + ", got " + value + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "'" + name + "' must be a whole number, got '" + text + "'.");
        }
    }

    /** {@code lang}: one of the UI languages, English by default. */
    public String lang() {
        String lang = single("lang", UiLanguages.DEFAULT);
        if (!UI_LANGUAGES.contains(lang)) {
            throw new InvalidParameterException("lang", "Unknown language '" + lang + "'. Use " + UiLanguages.listed() + ".");
        }
        return lang;
    }

    /**
     * The States named by a repeatable parameter: an ISO 3166-1 alpha-3 code, or a name in
     * any UI language (what the search-as-you-type field submits), resolved with
     * {@code Countries.resolve}. Duplicates are dropped.
     */
    public List<Country> countries(String name, Taxonomy taxonomy) {
        Set<String> seen = new LinkedHashSet<>();
        List<Country> out = new ArrayList<>();
        for (String value : values(name)) {
            Country c = resolveCountry(taxonomy, value).orElseThrow(() -> new InvalidParameterException(name,
                    "Unknown State '" + value + "': expected an ISO 3166-1 alpha-3 code such as CAN or FRA, or a State name."));
            if (seen.add(c.iso3())) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** ISO3 first (exact), then the forgiving name resolver. */
    public static java.util.Optional<Country> resolveCountry(Taxonomy taxonomy, String value) {
        return taxonomy.countries().byIso3(value).or(() -> taxonomy.countries().resolve(value));
    }

    /** Region ids (the five UN regional groups). */
    public List<Region> regions(String name, Taxonomy taxonomy) {
        List<Region> out = new ArrayList<>();
        for (String value : values(name)) {
            out.add(taxonomy.region(value).orElseThrow(() -> new InvalidParameterException(name, "Unknown region '" + value
                    + "': expected one of " + taxonomy.regionIds() + ".")));
        }
        return List.copyOf(out);
    }

    /** Instrument ids (UNTOC, TIP, SOM, FP) of a repeatable parameter, in URL order. */
    public List<String> instruments(String name, Taxonomy taxonomy) {
        List<String> ids = values(name);
        ids.forEach(id -> instrument(taxonomy, name, id));
        return ids;
    }

    /** The instrument of a single parameter; {@code fallback} (an instrument id) when absent. */
    public Instrument instrument(String name, String fallback, Taxonomy taxonomy) {
        return instrument(taxonomy, name, single(name, fallback));
    }

    private static Instrument instrument(Taxonomy taxonomy, String name, String id) {
        return taxonomy.instrument(id).orElseThrow(() -> new InvalidParameterException(name,
                "Unknown instrument '" + id + "': expected UNTOC, TIP, SOM or FP."));
    }

    /** Crime type ids of the vocabulary (a parent also selects its children). */
    public List<String> crimeTypes(String name, Taxonomy taxonomy) {
        for (String value : values(name)) {
            if (taxonomy.crimeType(value).isEmpty()) {
                throw new InvalidParameterException(name, "Unknown crime type '" + value + "': expected a crime type id such as money-laundering.");
            }
        }
        return values(name);
    }
}
