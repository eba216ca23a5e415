package org.mycroft.api.system;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * Recognises a failure of the index behind any exception (a refused connection, a timeout, no live
 * SolrCloud node, a Solr error), so that every API call and page answers 503 with
 * {@value #RETRY_AFTER_SECONDS} seconds of Retry-After rather than a 500, even when the failure
 * comes from code that does not go through {@code SolrSupport}.
 */
public final class BackendUnavailable {

    /** What clients are told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;
    public static final String RETRY_AFTER = String.valueOf(RETRY_AFTER_SECONDS);

    private BackendUnavailable() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SearchBackendException || t instanceof SolrServerException || t instanceof SolrException
                    || t instanceof ConnectException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
