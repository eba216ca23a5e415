package org.mycroft.api.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.mycroft.api.system.InvalidParameterException;
import org.mycroft.api.system.SearchBackendException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search/cursor}: the whole result set of a search, batch by batch, past the page
 * depth {@code /api/search} allows. Solr's cursorMark keeps every batch as cheap as the first
 * (no start offset to skip); the sort always ends on the unique id, as cursors require. No facets.
 */
@RestController
class CursorSearchController {

    /** Solr cursor marks are Base64 of the sort values; anything else is refused before Solr sees it. */
    private static final Pattern CURSOR = Pattern.compile("\\*|[A-Za-z0-9+/=_-]{1,2048}");

    private final SearchParameters parameters;
    private final SearchService search;

    CursorSearchController(SearchParameters parameters, SearchService search) {
        this.parameters = parameters;
        this.search = search;
    }

    @Operation(operationId = "searchCursor", summary = "Walk through every result of a search",
            description = "Same parameters as /api/search except page. Start with cursor=*, then pass next_cursor "
                    + "until it is null.")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "* for the first batch, then next_cursor")
    @GetMapping(value = "/api/search/cursor", produces = MediaType.APPLICATION_JSON_VALUE)
    CursorPage search(HttpServletRequest http) {
        Map<String, String[]> raw = new HashMap<>(http.getParameterMap());
        String[] cursors = raw.remove("cursor");
        if (raw.containsKey("page")) {
            throw new InvalidParameterException("page", "'page' cannot be combined with a cursor: follow next_cursor.");
        }
        if (cursors != null && cursors.length > 1) {
            throw new InvalidParameterException("cursor", "Parameter 'cursor' may only be given once.");
        }
        String cursor = cursors == null || cursors[0].isBlank() ? CursorMarkParams.CURSOR_MARK_START : cursors[0].strip();
        if (!CURSOR.matcher(cursor).matches()) {
            throw badCursor();
        }
        SearchRequest request = parameters.parse(raw);
        SearchService.CursorBatch batch;
        try {
            batch = search.cursor(request, cursor);
        } catch (SearchBackendException e) {
            if (isBadRequest(e)) {
                throw badCursor(); // well-formed but not a cursor of this sort: Solr's 400, ours too
            }
            throw e;
        }
        return new CursorPage(batch.page().total(), request.size(), cursor, batch.next(), batch.page().results());
    }

    private static boolean isBadRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SolrException se && se.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
                return true;
            }
        }
        return false;
    }

    private static InvalidParameterException badCursor() {
        return new InvalidParameterException("cursor",
                "Invalid cursor: use * for the first batch, then the next_cursor of the previous answer (same q, filters and sort).");
    }
}
