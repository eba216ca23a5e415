package org.mycroft.app.bench;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mycroft.api.search.SearchRequest;
import org.mycroft.api.search.SearchResponse;
import org.mycroft.api.search.SearchService;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The floor of {@code /api/search}: {@link #PATH} answers each URL of the log with the very
 * {@link SearchResponse} the API computed for it beforehand, through the same Tomcat, filters
 * (security, request log), interceptors (request limits), Spring MVC and Jackson, over the same
 * loopback connection. What it costs is what any HTTP JSON API pays to serve those bytes, with no
 * Solr work and none of Mycroft's own. Registered on the running bench portal only (never a
 * component: the portal scans every {@code org.mycroft} package).
 */
public final class FloorEndpoint {

    public static final String PATH = "/api/bench-floor";

    private final Map<String, SearchResponse> byQueryString;

    private FloorEndpoint(Map<String, SearchResponse> byQueryString) {
        this.byQueryString = byQueryString;
    }

    /**
     * Computes the API's answer to every request of the log with the portal's own
     * {@link SearchService} and maps {@link #PATH} to their replay.
     */
    public static FloorEndpoint register(ApplicationContext portal, List<SearchRequest> log) throws NoSuchMethodException {
        SearchService search = portal.getBean(SearchService.class);
        Map<String, SearchResponse> answers = new HashMap<>();
        for (SearchRequest request : log) {
            answers.put(queryString(SearchBenchmark.url(request)), search.search(request));
        }
        FloorEndpoint endpoint = new FloorEndpoint(answers);
        RequestMappingHandlerMapping mapping = portal.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Method answer = FloorEndpoint.class.getMethod("answer", HttpServletRequest.class);
        mapping.registerMapping(RequestMappingInfo.paths(PATH).methods(RequestMethod.GET)
                .produces(MediaType.APPLICATION_JSON_VALUE).options(mapping.getBuilderConfiguration()).build(), endpoint, answer);
        return endpoint;
    }

    /** The floor's URL of an API URL: the same query string on {@link #PATH}. */
    public static String url(String apiUrl) {
        return PATH + "?" + queryString(apiUrl);
    }

    /** The answer the API gave to this query string; a 404 (an error of the run) for one not in the log. */
    @ResponseBody
    public SearchResponse answer(HttpServletRequest request) {
        SearchResponse answer = byQueryString.get(request.getQueryString());
        if (answer == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Not a search of the bench's log");
        }
        return answer;
    }

    private static String queryString(String url) {
        return url.substring(url.indexOf('?') + 1);
    }
}
