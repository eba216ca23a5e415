package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /login}: Spring Security's form login (fields username, password, _csrf) with the portal's layout. */
@Controller
record LoginController(CurationPages pages) {

    @GetMapping("/login")
    ModelAndView login(HttpServletRequest request, HttpServletResponse response) {
        ModelAndView view = pages.view("curation/login", request, response);
        view.addObject("failed", request.getParameter("error") != null);
        view.addObject("locked", request.getParameter("locked") != null);
        view.addObject("loggedOut", request.getParameter("logout") != null);
        return view;
    }
}
