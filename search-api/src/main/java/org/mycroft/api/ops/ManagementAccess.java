package org.mycroft.api.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the management endpoints private without a login: {@code /actuator/health} (and its
 * liveness and readiness groups) answer anyone, every other {@code /actuator} endpoint
 * (Prometheus metrics…) only a client on this machine, e.g. a local Prometheus agent or a
 * reverse proxy's health check. {@code mycroft.management.public=true} lifts the restriction
 * when a network policy or a proxy already guards them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class ManagementAccess extends OncePerRequestFilter {

    private final boolean open;

    public ManagementAccess(@Value("${mycroft.management.public:false}") boolean open) {
        this.open = open;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return open || !path.startsWith("/actuator") || path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLoopback(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"status\":403,\"error\":\"Forbidden\",\"message\":"
                + "\"Management endpoints other than health answer local clients only.\",\"parameter\":null}");
    }

    public static boolean isLoopback(String address) {
        try {
            // A literal IP from the connection: no DNS lookup happens.
            return address != null && InetAddress.ofLiteral(address).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
