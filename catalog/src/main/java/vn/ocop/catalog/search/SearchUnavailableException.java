package vn.ocop.catalog.search;

/**
 * An engine could not be reached or refused to answer (Elasticsearch down, timeout). Searches turn
 * it into a 503 problem; index updates into an outbox retry.
 */
public class SearchUnavailableException extends RuntimeException {
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
