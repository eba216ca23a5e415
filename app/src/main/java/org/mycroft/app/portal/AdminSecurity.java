package org.mycroft.app.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mycroft.api.ops.ManagementAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /admin/**}: commands of the operator on this machine, not pages. A request is an admin
 * only with the running portal's token ({@link PortalHandle}) and from a loopback address;
 * anything else is a 401 in the JSON error shape. No session and no CSRF token: nothing here is
 * sent by a browser, and the bearer token is not a cookie a browser would attach by itself.
 * Ordered before the pages' chain, which matches every other request.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurity {

    static final String ROLE = "ADMIN";

    @Bean
    @Order(1)
    SecurityFilterChain adminFilterChain(HttpSecurity http, PortalHandleFile handle) throws Exception {
        http.securityMatcher("/admin/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ROLE))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new TokenFilter(handle), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                                "Unauthorized", "An admin request needs the running portal's token (data folder's portal.handle) and must come from this machine."))
                        .accessDeniedHandler((request, response, e) -> refuse(response, HttpServletResponse.SC_FORBIDDEN,
                                "Forbidden", "Admins only.")));
        return http.build();
    }

    private static void refuse(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message
                + "\",\"parameter\":null}");
    }

    /** Bearer token of the running portal, from loopback: the request is the operator's. */
    private static final class TokenFilter extends OncePerRequestFilter {

        private final PortalHandleFile handle;

        TokenFilter(PortalHandleFile handle) {
            this.handle = handle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.startsWith("Bearer ") && ManagementAccess.isLoopback(request.getRemoteAddr())
                    && handle.accepts(header.substring("Bearer ".length()).strip())) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "operator", null, AuthorityUtils.createAuthorityList("ROLE_" + ROLE)));
            }
            chain.doFilter(request, response);
        }
    }
}
