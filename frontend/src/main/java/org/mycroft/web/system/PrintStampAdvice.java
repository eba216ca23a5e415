package org.mycroft.web.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page carries, for its printed copy only, the permalink it was printed from and the date:
 * a paper copy of a case or a result list says where and when it came from (hidden on screen).
 */
@ControllerAdvice(basePackages = "org.mycroft.web")
class PrintStampAdvice {

    /** The stamp the layout prints under the page. */
    record PrintStamp(String permalink, String date) {}

    @ModelAttribute("print")
    PrintStamp print(HttpServletRequest request) {
        String query = request.getQueryString();
        return new PrintStamp(request.getRequestURL() + (query == null ? "" : "?" + query),
                LocalDate.now(ZoneOffset.UTC).toString());
    }
}
