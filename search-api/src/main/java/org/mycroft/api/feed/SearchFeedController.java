package org.mycroft.api.feed;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /search.atom}: a search saved as an Atom feed, with the parameters of {@code /search}. */
@RestController
record SearchFeedController(SearchParameters parameters, SearchFeed feeds) {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    @Operation(operationId = "searchFeed", summary = "A search as an Atom feed: its 50 most recently indexed results, newest first")
    @GetMapping(value = "/search.atom")
    ResponseEntity<String> feed(HttpServletRequest request) throws FeedException {
        SearchRequest search = parameters.parse(request.getParameterMap());
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String xml = new WireFeedOutput().outputString(
                feeds.build(search, base, request.getQueryString(), request.getParameterMap()));
        return ResponseEntity.ok().contentType(ATOM).body(xml);
    }
}
