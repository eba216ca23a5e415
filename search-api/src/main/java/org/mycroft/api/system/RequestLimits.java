package org.mycroft.api.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Bounds every request before any controller parses it: the length of the query string and the
 * number of parameter values. Over a bound is a 400 that names it (JSON for the API, the error
 * page for the pages, both through the usual exception advice). Tomcat's own header limit
 * ({@code server.max-http-request-header-size}) is set above these, so our message is the one seen.
 * Each endpoint still bounds its own values: query length, values per facet, page depth.
 */
@Configuration(proxyBeanMethods = false)
public class RequestLimits implements WebMvcConfigurer, HandlerInterceptor {

    public static final int MAX_QUERY_STRING_CHARS = 8192;
    public static final int MAX_PARAMETER_VALUES = 200;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith("org.mycroft")) {
            return true; // static files and Spring's own endpoints have no Mycroft error advice
        }
        String query = request.getQueryString();
        if (query != null && query.length() > MAX_QUERY_STRING_CHARS) {
            throw new InvalidParameterException(largest(request, false), "The query string is " + query.length()
                    + " characters long; the limit is " + MAX_QUERY_STRING_CHARS + ".");
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException e) {
            // Tomcat refuses a chunk such as "&=value" (a parameter without a name) while parsing.
            throw new InvalidParameterException("", "The query string is malformed: a parameter has no name.");
        }
        int values = 0;
        for (String[] v : parameters.values()) {
            values += v.length;
        }
        if (values > MAX_PARAMETER_VALUES) {
            throw new InvalidParameterException(largest(request, true), "The request has " + values
                    + " parameter values; the limit is " + MAX_PARAMETER_VALUES + ".");
        }
        return true;
    }

    /** The parameter most to blame: the one with the most values, or the most characters. */
    private static String largest(HttpServletRequest request, boolean byCount) {
        String worst = null;
        long most = -1;
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            long size = byCount ? e.getValue().length
                    : e.getKey().length() + Arrays.stream(e.getValue()).mapToLong(String::length).sum();
            if (size > most) {
                most = size;
                worst = e.getKey();
            }
        }
        return worst;
    }
}
