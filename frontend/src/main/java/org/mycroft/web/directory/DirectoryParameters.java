package org.mycroft.web.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mycroft.api.system.InvalidParameterException;
import org.mycroft.api.system.RequestParameters;
import org.mycroft.core.taxonomy.Country;
import org.mycroft.core.taxonomy.DirectoryVocabulary;
import org.mycroft.core.taxonomy.Region;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.directory.DirectoryQuery;

/**
 * The filters of {@code /directory} and its JSON twin, parsed by one code so both accept the same
 * URLs: {@code state} (ISO3 or name), {@code region}, {@code type} (authority type),
 * {@code instrument} (UNTOC, SOM, FP), {@code q} (words in names and guidance), {@code lang}.
 * A bad value is a 400 naming the parameter; nothing reaches the database but bound values.
 */
record DirectoryParameters(List<Country> states, List<Region> regions, List<String> types, List<String> instruments, String q,
        String lang) {

    static final Set<String> ACCEPTED = Set.of("state", "region", "type", "instrument", "q", "lang");
    static final int MAX_QUERY = 200;

    static DirectoryParameters parse(Map<String, String[]> raw, Taxonomy taxonomy) {
        RequestParameters p = RequestParameters.of(raw, ACCEPTED);
        List<String> types = p.values("type");
        for (String type : types) {
            if (!DirectoryVocabulary.get().accepts(DirectoryVocabulary.AUTHORITY_TYPE, type)) {
                throw new InvalidParameterException("type", "Unknown authority type '" + type + "': expected one of "
                        + String.join(", ", DirectoryVocabulary.get().authorityTypes()) + ".");
            }
        }
        String q = p.single("q", null);
        if (q != null && q.length() > MAX_QUERY) {
            throw new InvalidParameterException("q", "'q' may be at most " + MAX_QUERY + " characters.");
        }
        return new DirectoryParameters(p.countries("state", taxonomy), p.regions("region", taxonomy), types,
                p.instruments("instrument", taxonomy), q, p.lang());
    }

    /** The database query: States of the chosen States and regions, types of the chosen types and instruments. */
    DirectoryQuery query(Taxonomy taxonomy) {
        List<String> stateIds = states.stream().map(Country::iso3).toList();
        if (!regions.isEmpty()) {
            Set<String> inRegions = new LinkedHashSet<>();
            regions.forEach(r -> taxonomy.countries().inRegion(r.id()).forEach(c -> inRegions.add(c.iso3())));
            stateIds = stateIds.isEmpty() ? List.copyOf(inRegions) : stateIds.stream().filter(inRegions::contains).toList();
            if (stateIds.isEmpty()) {
                stateIds = List.of("-"); // a State outside the region: nothing matches
            }
        }
        List<String> typeIds = new ArrayList<>(types);
        if (!instruments.isEmpty()) {
            List<String> ofInstruments = DirectoryVocabulary.get().authorityTypes().stream()
                    .filter(t -> instruments.contains(DirectoryVocabulary.get().instrument(t).orElse(""))).toList();
            typeIds = typeIds.isEmpty() ? new ArrayList<>(ofInstruments) : new ArrayList<>(typeIds.stream().filter(ofInstruments::contains).toList());
            if (typeIds.isEmpty()) {
                typeIds.add("-");
            }
        }
        return new DirectoryQuery(stateIds, typeIds, q);
    }

    /** The canonical parameters (ISO3 codes), for links that keep the filters. */
    Map<String, List<String>> canonical() {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        m.put("state", states.stream().map(Country::iso3).toList());
        m.put("region", regions.stream().map(Region::id).toList());
        m.put("type", types);
        m.put("instrument", instruments);
        m.put("q", q == null ? List.of() : List.of(q));
        m.values().removeIf(List::isEmpty);
        return m;
    }
}
