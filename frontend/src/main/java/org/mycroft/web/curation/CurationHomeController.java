package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mycroft.curation.Role;
import org.mycroft.curation.cases.CaseRecord;
import org.mycroft.curation.cases.CaseRepository;
import org.mycroft.curation.cases.CaseStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /curation}: the curators' workspace, every case by status (signed-in accounts only). */
@Controller
record CurationHomeController(CurationPages pages, CaseRepository cases, CuratorResolver curators,
        MessageSource messages) {

    record Group(String status, String heading, int count, List<Item> cases) {}

    record Item(String id, String title, String href, String updated) {}

    @GetMapping("/curation")
    ModelAndView home(HttpServletRequest request, HttpServletResponse response, Principal principal) {
        Locale locale = Locale.of(CaseController.lang(request));
        List<CaseRecord> all = cases.all();
        List<Group> groups = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            List<Item> items = all.stream().filter(c -> c.status() == status)
                    .map(c -> new Item(c.id(), c.fields().title(), "/curation/cases/" + c.id() + CaseController.langQuery(request),
                            c.updatedAt().toString().substring(0, 10) + " · " + c.updatedBy()))
                    .toList();
            groups.add(new Group(status.id(), messages.getMessage("curation.status." + status.id(), null, locale), items.size(), items));
        }
        ModelAndView view = pages.view("curation/home", request, response);
        view.addObject("groups", groups);
        view.addObject("reviewer", curators.of(principal).role().includes(Role.REVIEWER));
        return view;
    }
}
