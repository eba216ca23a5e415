package org.mycroft.api.search;

/**
 * How often one State took part in cases whose legal basis was the Convention, within a result
 * set: as the requesting State and as the requested State.
 */
public record StateReliance(String state, String label, long asRequesting, long asRequested) {

    public long total() {
        return asRequesting + asRequested;
    }
}
