package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /curation}: the curators' workspace (signed-in accounts only). */
@Controller
class CurationHomeController {

    private final CurationPages pages;

    CurationHomeController(CurationPages pages) {
        this.pages = pages;
    }

    @GetMapping("/curation")
    ModelAndView home(HttpServletRequest request, HttpServletResponse response) {
        return pages.view("curation/home", request, response);
    }
}
