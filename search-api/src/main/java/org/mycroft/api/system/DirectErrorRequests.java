package org.mycroft.api.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is Spring Boot's forward target for failures, not a resource: asked for directly
 * it has no error status to report and answered 500. A direct request is a 404 (the usual page or
 * JSON body); forwards from a real failure (the ERROR dispatch) are left alone.
 */
@Configuration(proxyBeanMethods = false)
public class DirectErrorRequests {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> directErrorRequestFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        });
        registration.addUrlPatterns("/error", "/error/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
