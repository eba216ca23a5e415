package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.regex.Pattern;
import org.mycroft.core.index.IndexFields;
import org.mycroft.curation.cases.CaseWorkflow;
import org.mycroft.curation.tags.UnitTagApplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Links made from a provision's curation page: "this case applied me". The same
 * {@link CaseWorkflow#link} as from the case page, so the role check, the audit entry and the
 * case's re-indexing are the same whichever side the curator starts from.
 */
@Controller
record ProvisionLinkController(CaseWorkflow workflow, UnitTagApplier units, CuratorResolver curators,
        CurationPages pages) {

    private static final Pattern UNIT_ID = Pattern.compile("[a-z0-9][a-z0-9_\\-]{0,199}");

    @PostMapping("/curation/units/{id}/cases")
    ModelAndView link(@PathVariable String id, @RequestParam("case_id") String caseId, HttpServletRequest request,
            Principal principal) {
        if (!isProvision(id)) {
            return pages.error(request, HttpStatus.NOT_FOUND);
        }
        workflow.link(CaseController.checked(caseId), id, curators.of(principal));
        return redirect(id, request);
    }

    @PostMapping("/curation/units/{id}/cases/remove")
    ModelAndView unlink(@PathVariable String id, @RequestParam("case_id") String caseId, HttpServletRequest request,
            Principal principal) {
        if (!UNIT_ID.matcher(id).matches()) {
            return pages.error(request, HttpStatus.NOT_FOUND);
        }
        workflow.unlink(CaseController.checked(caseId), id, curators.of(principal));
        return redirect(id, request);
    }

    /** An ingested unit of the index (a curated case cannot be "applied" by another case). */
    private boolean isProvision(String id) {
        if (!UNIT_ID.matcher(id).matches()) {
            return false;
        }
        var doc = units.stored(id);
        return doc != null && doc.getFieldValue(IndexFields.SOURCE_KIND) == null;
    }

    private static ModelAndView redirect(String id, HttpServletRequest request) {
        return new ModelAndView("redirect:/curation/units/" + id + CaseController.langQuery(request));
    }
}
