package org.mycroft.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A remote client reaches health but not the metrics; a local one reaches both. */
class ManagementAccessTest {

    @Test
    void onlyHealthIsPublic() throws Exception {
        ManagementAccess access = new ManagementAccess(false);
        assertThat(status(access, "/actuator/prometheus", "203.0.113.7")).isEqualTo(403);
        assertThat(status(access, "/actuator/prometheus", "2001:db8::1")).isEqualTo(403);
        assertThat(status(access, "/actuator/health", "203.0.113.7")).isEqualTo(200);
        assertThat(status(access, "/actuator/health/readiness", "203.0.113.7")).isEqualTo(200);
        assertThat(status(access, "/actuator/prometheus", "127.0.0.1")).isEqualTo(200);
        assertThat(status(access, "/actuator/prometheus", "::1")).isEqualTo(200);
        assertThat(status(access, "/api/search", "203.0.113.7")).isEqualTo(200);
        assertThat(status(new ManagementAccess(true), "/actuator/prometheus", "203.0.113.7")).isEqualTo(200);
    }

    private static int status(ManagementAccess access, String path, String remote) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(remote);
        MockHttpServletResponse response = new MockHttpServletResponse();
        access.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }
}
