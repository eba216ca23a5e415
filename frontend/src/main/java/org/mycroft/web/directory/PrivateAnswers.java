package org.mycroft.web.directory;

import jakarta.servlet.http.HttpServletResponse;
import org.mycroft.curation.directory.Access;

/**
 * Answers that depend on who asks must not be served from a shared cache to someone else: they
 * vary by session cookie, and an answer holding restricted data is never stored.
 */
public final class PrivateAnswers {

    private PrivateAnswers() {}

    public static void mark(HttpServletResponse response, Access access) {
        response.addHeader("Vary", "Cookie");
        if (access.seesRestricted()) {
            response.setHeader("Cache-Control", "private, no-store");
        }
    }
}
