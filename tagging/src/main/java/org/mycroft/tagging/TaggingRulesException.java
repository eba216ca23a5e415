package org.mycroft.tagging;

/** A rule file is missing, malformed, or names an id the taxonomy does not know. */
public final class TaggingRulesException extends IllegalStateException {

    public TaggingRulesException(String message) {
        super(message);
    }

    public TaggingRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
