package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mycroft.core.taxonomy.DirectoryVocabulary;
import org.mycroft.curation.Curator;
import org.mycroft.curation.Role;
import org.mycroft.curation.audit.AuditLog;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.cases.CaseValidationException;
import org.mycroft.curation.cases.FieldError;
import org.mycroft.curation.directory.AuthorityEntry;
import org.mycroft.curation.directory.DirectoryField;
import org.mycroft.curation.directory.DirectoryWorkflow;
import org.mycroft.curation.directory.EntryNotFoundException;
import org.mycroft.curation.directory.StalenessReport;
import org.mycroft.curation.directory.Visibility;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The directory for curators: the list of every entry, the form (create, edit) with a "restricted"
 * box per field and the entry's visibility, the entry page with its workflow buttons and audit
 * log, and the staleness report with its CSV. Every POST goes through {@link DirectoryWorkflow},
 * which checks the role again.
 */
@Controller
record DirectoryEntryController(DirectoryWorkflow workflow, StalenessReport staleness, AuditLog audit,
        CurationPages pages, CuratorResolver curators) {

    static final String BASE = "/curation/directory";
    private static final Pattern ENTRY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    record Option(String value, String label, boolean selected) {}

    /** One form field: its label and error are message keys; {@code restrictable} fields carry a "restricted" box. */
    record Field(String name, String labelKey, String value, boolean textarea, List<Option> options, boolean restrictable,
            boolean restricted, String errorKey, boolean lines) {
        public boolean select() {
            return options != null;
        }

        public boolean invalid() {
            return errorKey != null;
        }
    }

    record Form(String action, int version, List<Field> identity, List<Option> visibility, List<Field> contact, List<Field> optional,
            List<Field> provenance, boolean hasErrors) {}

    record Row(String labelKey, String value, boolean restricted) {}

    record Actions(boolean edit, boolean submit, boolean publish, boolean returnToDraft, boolean archive) {}

    @GetMapping(BASE)
    ModelAndView list(HttpServletRequest request, HttpServletResponse response, Principal principal) {
        ModelAndView view = pages.view("curation/directory-list", request, response);
        view.addObject("entries", workflow.all(curators.of(principal)));
        return view;
    }

    @GetMapping(BASE + "/new")
    ModelAndView newEntry(HttpServletRequest request, HttpServletResponse response) {
        return form(request, response, BASE, DirectoryEntryForm.empty(), List.of(), HttpStatus.OK);
    }

    @PostMapping(BASE)
    ModelAndView create(HttpServletRequest request, HttpServletResponse response, Principal principal) {
        Curator curator = curators.of(principal);
        DirectoryEntryForm form = DirectoryEntryForm.from(request);
        try {
            check(form);
            return redirect(workflow.create(form.toDraft(), curator).id(), request);
        } catch (CaseValidationException e) {
            return form(request, response, BASE, form, e.errors(), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping(BASE + "/{id}")
    ModelAndView show(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Principal principal) {
        Curator curator = curators.of(principal);
        AuthorityEntry entry = workflow.get(checked(id));
        Map<String, String> restricted = workflow.restricted(id, curator);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("directory.field.state", entry.state(), false));
        rows.add(new Row("directory.field.authority_type", DirectoryVocabulary.get()
                .label(DirectoryVocabulary.AUTHORITY_TYPE, entry.authorityType(), CaseController.lang(request)).orElse(entry.authorityType()), false));
        if (entry.nameLocal() != null) {
            rows.add(new Row("directory.field.name_local", entry.nameLocal(), false));
        }
        for (DirectoryField f : DirectoryField.values()) {
            boolean isRestricted = restricted.containsKey(f.id());
            Map<String, String> values = isRestricted ? restricted : entry.fields();
            if (values.containsKey(f.id())) {
                String e164 = values.get(f.e164Id());
                rows.add(new Row("directory.field." + f.id(), values.get(f.id()) + (e164 == null ? "" : " · " + e164), isRestricted));
            }
        }
        boolean reviewer = curator.role().includes(Role.REVIEWER);
        CaseStatus s = entry.status();
        ModelAndView view = pages.view("curation/directory-entry", request, response);
        view.addObject("entry", entry);
        view.addObject("restrictedEntry", entry.isRestricted());
        view.addObject("rows", rows);
        view.addObject("statusKey", "curation.status." + s.id());
        view.addObject("actions", new Actions(s == CaseStatus.DRAFT || (s == CaseStatus.IN_REVIEW && reviewer), s == CaseStatus.DRAFT,
                s == CaseStatus.IN_REVIEW && reviewer, reviewer && s != CaseStatus.DRAFT, reviewer && s != CaseStatus.ARCHIVED));
        view.addObject("audit", audit.forRecord(AuditLog.AUTHORITY, id));
        view.addObject("publicHref", s == CaseStatus.PUBLISHED ? "/directory/" + id + CaseController.langQuery(request) : null);
        return view;
    }

    @GetMapping(BASE + "/{id}/edit")
    ModelAndView edit(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Principal principal) {
        Curator curator = curators.of(principal);
        AuthorityEntry entry = workflow.get(checked(id));
        return form(request, response, BASE + "/" + id, DirectoryEntryForm.of(entry, workflow.restricted(id, curator)), List.of(),
                HttpStatus.OK);
    }

    @PostMapping(BASE + "/{id}")
    ModelAndView update(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Principal principal) {
        Curator curator = curators.of(principal);
        checked(id);
        DirectoryEntryForm form = DirectoryEntryForm.from(request);
        try {
            check(form);
            // Saved meanwhile by someone else: the stale page, as for a workflow step (the case form shows both versions).
            return pages.step(BASE + "/" + id + CaseController.langQuery(request),
                    () -> workflow.update(id, form.version(), form.toDraft(), curator), request, response);
        } catch (CaseValidationException e) {
            return form(request, response, BASE + "/" + id, form, e.errors(), HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping(BASE + "/{id}/submit")
    ModelAndView submit(@PathVariable String id, @RequestParam int version, HttpServletRequest request, HttpServletResponse response,
            Principal principal) {
        return transition(id, request, response, () -> workflow.submit(id, version, curators.of(principal)));
    }

    @PostMapping(BASE + "/{id}/publish")
    ModelAndView publish(@PathVariable String id, @RequestParam int version, HttpServletRequest request, HttpServletResponse response,
            Principal principal) {
        return transition(id, request, response, () -> workflow.publish(id, version, curators.of(principal)));
    }

    @PostMapping(BASE + "/{id}/archive")
    ModelAndView archive(@PathVariable String id, @RequestParam int version, HttpServletRequest request, HttpServletResponse response,
            Principal principal) {
        return transition(id, request, response, () -> workflow.archive(id, version, curators.of(principal)));
    }

    @PostMapping(BASE + "/{id}/return")
    ModelAndView returnToDraft(@PathVariable String id, @RequestParam int version,
            @RequestParam(required = false, defaultValue = "") String comment, HttpServletRequest request,
            HttpServletResponse response, Principal principal) {
        try {
            return transition(id, request, response, () -> workflow.returnToDraft(id, version, comment, curators.of(principal)));
        } catch (CaseValidationException e) {
            return pages.error(request, HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping(BASE + "/stale")
    ModelAndView stale(@RequestParam(required = false) String months, HttpServletRequest request, HttpServletResponse response,
            Principal principal) {
        curators.of(principal).require(Role.CONTRIBUTOR);
        int n = months(months);
        if (n < 0) {
            return pages.error(request, HttpStatus.BAD_REQUEST);
        }
        ModelAndView view = pages.view("curation/directory-stale", request, response);
        view.addObject("months", n);
        view.addObject("states", staleness.stale(n, Clock.systemUTC().instant()));
        view.addObject("csvHref", BASE + "/stale.csv?months=" + n);
        return view;
    }

    @GetMapping(BASE + "/stale.csv")
    void staleCsv(@RequestParam(required = false) String months, HttpServletResponse response, Principal principal) throws IOException {
        curators.of(principal).require(Role.CONTRIBUTOR);
        int n = months(months);
        if (n < 0) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"directory-stale-" + n + "-months.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        StalenessReport.writeCsv(staleness.stale(n, Clock.systemUTC().instant()), out);
    }

    /** N months, 12 by default; -1 for anything but a whole number from 1 to 600. */
    private static int months(String value) {
        if (value == null || value.isBlank()) {
            return StalenessReport.DEFAULT_MONTHS;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 1 && n <= 600 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private ModelAndView transition(String id, HttpServletRequest request, HttpServletResponse response, Runnable move) {
        checked(id);
        return pages.step(BASE + "/" + id + CaseController.langQuery(request), move, request, response);
    }

    private static void check(DirectoryEntryForm form) {
        List<FieldError> syntax = form.syntaxErrors();
        if (!syntax.isEmpty()) {
            throw new CaseValidationException(syntax);
        }
    }

    private ModelAndView form(HttpServletRequest request, HttpServletResponse response, String action, DirectoryEntryForm form,
            List<FieldError> errors, HttpStatus status) {
        String lang = CaseController.lang(request);
        Map<String, String> errorByField = new java.util.HashMap<>();
        errors.forEach(e -> errorByField.putIfAbsent(e.field(), e.code()));
        List<Field> identity = List.of(
                new Field("state", "directory.field.state", form.state(), false, null, false, false, errorByField.get("state"), false),
                new Field("authority_type", "directory.field.authority_type", form.authorityType(), false,
                        options(DirectoryEntryForm.types(), form.authorityType(),
                                t -> DirectoryVocabulary.get().label(DirectoryVocabulary.AUTHORITY_TYPE, t, lang).orElse(t)),
                        false, false, errorByField.get("authority_type"), false),
                new Field("name_en", "directory.field.name_en", form.nameEn(), false, null, false, false, errorByField.get("name_en"), false),
                new Field("name_local", "directory.field.name_local", form.nameLocal(), false, null, false, false,
                        errorByField.get("name_local"), false));
        List<Field> contact = new ArrayList<>();
        List<Field> optional = new ArrayList<>();
        for (DirectoryField f : DirectoryField.values()) {
            boolean textarea = f.kind() == DirectoryField.Kind.TEXT || f.kind() == DirectoryField.Kind.LINES;
            Field field = new Field(f.id(), "directory.field." + f.id(), form.values().getOrDefault(f, ""), textarea, null, true,
                    form.restricted().contains(f), errorByField.get(f.id()), f.kind() == DirectoryField.Kind.LINES);
            (f.optionalBlock() ? optional : contact).add(field);
        }
        Map<String, String> p = form.provenance();
        List<Field> provenance = List.of(
                new Field("source_kind", "curation.field.source_kind", p.getOrDefault("source_kind", ""), false,
                        options(DirectoryEntryForm.sourceKinds(), p.getOrDefault("source_kind", ""), k -> k), false, false,
                        errorByField.get("source_kind"), false),
                new Field("source_reference", "curation.field.source_reference", p.getOrDefault("source_reference", ""), false, null,
                        false, false, errorByField.get("source_reference"), false),
                new Field("source_url", "curation.field.source_url", p.getOrDefault("source_url", ""), false, null, false, false,
                        errorByField.get("source_url"), false),
                new Field("submitted_by", "curation.field.submitted_by", p.getOrDefault("submitted_by", ""), false, null, false, false,
                        errorByField.get("submitted_by"), false),
                new Field("received_on", "curation.field.received_on", p.getOrDefault("received_on", ""), false, null, false, false,
                        errorByField.get("received_on"), false));
        List<Option> visibility = Arrays.stream(Visibility.values())
                .map(v -> new Option(v.id(), "directory.visibility." + v.id(), v == form.chosenVisibility())).toList();
        ModelAndView view = pages.view("curation/directory-form", request, response);
        view.addObject("form", new Form(action + CaseController.langQuery(request), form.version(), identity, visibility, contact,
                optional, provenance, !errors.isEmpty()));
        view.setStatus(status);
        return view;
    }

    private static List<Option> options(List<String> values, String selected, java.util.function.Function<String, String> label) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "", selected == null || selected.isEmpty()));
        values.forEach(v -> options.add(new Option(v, label.apply(v), v.equals(selected))));
        return options;
    }

    private static ModelAndView redirect(String id, HttpServletRequest request) {
        return new ModelAndView("redirect:" + BASE + "/" + id + CaseController.langQuery(request));
    }

    private static String checked(String id) {
        if (!ENTRY_ID.matcher(id).matches()) {
            throw new EntryNotFoundException(id);
        }
        return id;
    }
}
