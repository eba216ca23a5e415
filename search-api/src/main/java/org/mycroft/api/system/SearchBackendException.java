package org.mycroft.api.system;

/** Solr failed or is unreachable; shown as a 503 without Solr's details. */
public class SearchBackendException extends RuntimeException {

    public SearchBackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
