package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;
import org.mycroft.curation.Curator;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseNotFoundException;
import org.mycroft.curation.cases.CaseRecord;
import org.mycroft.curation.cases.CaseRepository;
import org.mycroft.curation.cases.CaseValidationException;
import org.mycroft.curation.cases.CaseValidator;
import org.mycroft.curation.cases.CaseWorkflow;
import org.mycroft.curation.cases.EditConflictException;
import org.mycroft.curation.cases.FieldError;
import org.mycroft.curation.tags.TagDecision;
import org.mycroft.web.system.UiLocaleResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The case catalogue for curators: the form (create, edit), the case page with its workflow
 * buttons, tag decisions, provision links and audit log. Every POST goes through
 * {@link CaseWorkflow}, which checks the role again; the buttons shown are only a convenience.
 */
@Controller
record CaseController(CaseWorkflow workflow, CaseRepository cases, AuditLog audit, CurationPages pages,
        CaseFormView forms, CaseViewAssembler views, CuratorResolver curators, CaseValidator validator) {

    private static final Pattern CASE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern UNIT_ID = Pattern.compile("[a-z0-9][a-z0-9_\\-]{0,199}");

    @GetMapping("/curation/cases/new")
    ModelAndView newCase(HttpServletRequest request, HttpServletResponse response) {
        return form(request, response, "/curation/cases", CaseForm.empty(), List.of(), HttpStatus.OK);
    }

    @PostMapping("/curation/cases")
    ModelAndView create(HttpServletRequest request, HttpServletResponse response, Principal principal) {
        Curator curator = curators.of(principal);
        CaseForm form = CaseForm.from(request);
        List<FieldError> syntax = errorsOf(form);
        try {
            if (!syntax.isEmpty()) {
                throw new CaseValidationException(syntax);
            }
            CaseRecord created = workflow.create(form.toFields(), form.restricted(), curator);
            return redirect(created.id(), request);
        } catch (CaseValidationException e) {
            return form(request, response, "/curation/cases", form, merge(syntax, e.errors()), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/curation/cases/{id}")
    ModelAndView show(@PathVariable String id, @RequestParam(name = "provision_q", required = false) String provisionQuery,
            HttpServletRequest request, HttpServletResponse response, Principal principal) {
        CaseRecord record = workflow.get(checked(id));
        ModelAndView view = pages.view("curation/case", request, response);
        view.addObject("page", views.assemble(record, curators.of(principal), provisionQuery, lang(request)));
        return view;
    }

    @GetMapping("/curation/cases/{id}/edit")
    ModelAndView edit(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        CaseRecord record = workflow.get(checked(id));
        return form(request, response, "/curation/cases/" + id, CaseForm.of(record, cases.restricted(id)), List.of(), HttpStatus.OK);
    }

    @PostMapping("/curation/cases/{id}")
    ModelAndView update(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Principal principal) {
        Curator curator = curators.of(principal);
        checked(id);
        CaseForm form = CaseForm.from(request);
        List<FieldError> syntax = errorsOf(form);
        try {
            if (!syntax.isEmpty()) {
                throw new CaseValidationException(syntax);
            }
            workflow.update(id, form.version(), form.toFields(), form.restricted(), curator);
            return redirect(id, request);
        } catch (CaseValidationException e) {
            return form(request, response, "/curation/cases/" + id, form, merge(syntax, e.errors()), HttpStatus.BAD_REQUEST);
        } catch (EditConflictException e) {
            return conflict(request, response, form, e.current());
        }
    }

    @PostMapping("/curation/cases/{id}/submit")
    ModelAndView submit(@PathVariable String id, @RequestParam int version, HttpServletRequest request,
            HttpServletResponse response, Principal principal) {
        return transition(id, request, response, () -> workflow.submit(id, version, curators.of(principal)));
    }

    @PostMapping("/curation/cases/{id}/publish")
    ModelAndView publish(@PathVariable String id, @RequestParam int version, HttpServletRequest request,
            HttpServletResponse response, Principal principal) {
        return transition(id, request, response, () -> workflow.publish(id, version, curators.of(principal)));
    }

    @PostMapping("/curation/cases/{id}/archive")
    ModelAndView archive(@PathVariable String id, @RequestParam int version, HttpServletRequest request,
            HttpServletResponse response, Principal principal) {
        return transition(id, request, response, () -> workflow.archive(id, version, curators.of(principal)));
    }

    @PostMapping("/curation/cases/{id}/return")
    ModelAndView returnToDraft(@PathVariable String id, @RequestParam int version,
            @RequestParam(required = false, defaultValue = "") String comment, HttpServletRequest request,
            HttpServletResponse response, Principal principal) {
        Curator curator = curators.of(principal);
        try {
            return transition(id, request, response, () -> workflow.returnToDraft(id, version, comment, curator));
        } catch (CaseValidationException e) {
            ModelAndView view = pages.view("curation/case", request, response);
            view.addObject("page", views.assemble(workflow.get(id), curator, null, lang(request)));
            view.addObject("commentMissing", true);
            view.setStatus(HttpStatus.BAD_REQUEST);
            return view;
        }
    }

    @PostMapping("/curation/cases/{id}/tags/{decision}")
    ModelAndView decideTag(@PathVariable String id, @RequestParam String tag, @PathVariable String decision,
            HttpServletRequest request, HttpServletResponse response, Principal principal) {
        Curator curator = curators.of(principal);
        Optional<TagDecision.Decision> parsed = TagDecision.Decision.parse(decision);
        if (parsed.isEmpty()) {
            return pages.error(request, HttpStatus.BAD_REQUEST);
        }
        try {
            workflow.decideTag(checked(id), tag.strip(), parsed.get(), curator);
        } catch (CaseValidationException e) {
            return pages.error(request, HttpStatus.BAD_REQUEST);
        }
        return redirect(id, request);
    }

    @PostMapping("/curation/cases/{id}/provisions")
    ModelAndView link(@PathVariable String id, @RequestParam("provision_id") String provisionId, HttpServletRequest request,
            Principal principal) {
        Curator curator = curators.of(principal);
        if (!UNIT_ID.matcher(provisionId).matches()) {
            return pages.error(request, HttpStatus.BAD_REQUEST);
        }
        workflow.link(checked(id), provisionId, curator);
        return redirect(id, request);
    }

    @PostMapping("/curation/cases/{id}/provisions/remove")
    ModelAndView unlink(@PathVariable String id, @RequestParam("provision_id") String provisionId, HttpServletRequest request,
            Principal principal) {
        workflow.unlink(checked(id), provisionId, curators.of(principal));
        return redirect(id, request);
    }

    @GetMapping("/curation/cases/{id}/audit.csv")
    void caseAudit(@PathVariable String id, HttpServletResponse response) throws IOException {
        workflow.get(checked(id));
        csv(response, "audit-" + id + ".csv", audit.forRecord(AuditLog.CASE, id));
    }

    @GetMapping("/curation/audit.csv")
    void allAudit(HttpServletResponse response) throws IOException {
        csv(response, "audit.csv", audit.all());
    }

    private static void csv(HttpServletResponse response, String filename, List<org.mycroft.curation.audit.AuditEntry> entries)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        AuditLog.writeCsv(entries, out);
    }

    private ModelAndView transition(String id, HttpServletRequest request, HttpServletResponse response, Runnable move) {
        checked(id);
        return pages.step("/curation/cases/" + id + langQuery(request), move, request, response);
    }

    private ModelAndView form(HttpServletRequest request, HttpServletResponse response, String action, CaseForm form,
            List<FieldError> errors, HttpStatus status) {
        ModelAndView view = pages.view("curation/form", request, response);
        view.addObject("form", forms.build(action + langQuery(request), form, errors, lang(request)));
        view.setStatus(status);
        return view;
    }

    private ModelAndView conflict(HttpServletRequest request, HttpServletResponse response, CaseForm mine, CaseRecord current) {
        ModelAndView view = pages.view("curation/conflict", request, response);
        view.addObject("conflict", views.conflict(mine, current, lang(request)));
        // The form again, with the curator's own values over the stored version: saving it is a knowing choice.
        view.addObject("form", forms.build("/curation/cases/" + current.id() + langQuery(request),
                mine.withVersion(current.version()), List.of(), lang(request)));
        view.setStatus(HttpStatus.CONFLICT);
        return view;
    }

    private static ModelAndView redirect(String id, HttpServletRequest request) {
        return new ModelAndView("redirect:/curation/cases/" + id + langQuery(request));
    }

    /** Every problem of the form at once: what the form itself sees (a year that is no number) and the case rules. */
    private List<FieldError> errorsOf(CaseForm form) {
        List<FieldError> syntax = form.syntaxErrors();
        return syntax.isEmpty() ? List.of() : merge(syntax, validator.validate(form.toFields(), form.restricted()));
    }

    private static List<FieldError> merge(List<FieldError> first, List<FieldError> second) {
        List<FieldError> all = new ArrayList<>(first);
        second.stream().filter(e -> first.stream().noneMatch(f -> f.field().equals(e.field()))).forEach(all::add);
        return all;
    }

    static String checked(String id) {
        if (!CASE_ID.matcher(id).matches()) {
            throw new CaseNotFoundException(id);
        }
        return id;
    }

    static String lang(HttpServletRequest request) {
        return UiLocaleResolver.resolveLanguage(request);
    }

    static String langQuery(HttpServletRequest request) {
        String explicit = UiLocaleResolver.explicitLanguage(request);
        return explicit == null ? "" : "?lang=" + explicit;
    }

    static Map<String, String> noRestricted() {
        return Map.of();
    }
}
