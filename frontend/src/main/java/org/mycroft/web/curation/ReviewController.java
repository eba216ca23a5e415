package org.mycroft.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.solr.common.SolrDocument;
import org.mycroft.api.route.Page;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.Curator;
import org.mycroft.curation.Role;
import org.mycroft.curation.cases.CaseRepository;
import org.mycroft.curation.cases.CaseStatus;
import org.mycroft.curation.cases.CaseValidator;
import org.mycroft.curation.tags.ReviewQueue;
import org.mycroft.curation.tags.TagDecision;
import org.mycroft.curation.tags.TagDecisionRepository;
import org.mycroft.curation.tags.UnitReview;
import org.mycroft.curation.tags.UnitTagApplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The review queue (units whose machine tags nobody reviewed, by State, tag and confidence; cases
 * waiting for review) and the tag review of one ingested unit.
 */
@Controller
record ReviewController(ReviewQueue queue, UnitTagApplier units, UnitReview review, TagDecisionRepository decisions,
        CaseRepository cases, CaseValidator validator, Taxonomy taxonomy, CurationPages pages, CuratorResolver curators,
        MessageSource messages, ProvisionCases provisionCases) {

    private static final Pattern UNIT_ID = Pattern.compile("[a-z0-9][a-z0-9_\\-]{0,199}");
    private static final int PAGE = 50;
    private static final int MAX_PAGE = 200;

    record QueueRow(String href, String title, String country, String suggestions) {}

    record CaseRow(String href, String title) {}

    @GetMapping("/curation/review")
    ModelAndView queue(@RequestParam(required = false) String country, @RequestParam(required = false) String tag,
            @RequestParam(name = "min_confidence", required = false) String minConfidence,
            @RequestParam(required = false) String after, @RequestParam(required = false) String size,
            HttpServletRequest request, HttpServletResponse response) {
        String iso3 = blank(country) ? null : country.strip().toUpperCase(Locale.ROOT);
        String tagId = blank(tag) ? null : tag.strip();
        Double min = parse(minConfidence);
        Integer pageSize = pageSize(size);
        String from = blank(after) ? null : after.strip();
        if ((iso3 != null && taxonomy.countries().byIso3(iso3).isEmpty()) || (tagId != null && !validator.isKnownTag(tagId))
                || min == null || pageSize == null || (from != null && !UNIT_ID.matcher(from).matches())) {
            return pages.error(request, HttpStatus.BAD_REQUEST);
        }
        String lang = CaseController.lang(request);
        ReviewQueue.Page found = queue.page(iso3, tagId, min, from, pageSize);
        List<QueueRow> rows = found.items().stream()
                .map(i -> new QueueRow("/curation/units/" + i.unitId() + CaseController.langQuery(request),
                        i.parentTitle() != null && !i.parentTitle().equals(i.title()) ? i.parentTitle() + " — " + i.title() : i.title(),
                        i.country() == null ? "" : taxonomy.label("country", i.country(), lang),
                        String.join(", ", i.suggestions().stream()
                                .map(s -> s.tag() + " (" + Math.round(s.confidence() * 100) + " %)").toList())))
                .toList();
        List<CaseRow> inReview = cases.withStatus(CaseStatus.IN_REVIEW).stream()
                .filter(c -> iso3 == null || iso3.equals(c.fields().requestedState()) || iso3.equals(c.fields().requestingState()))
                .filter(c -> tagId == null || c.fields().tags().contains(tagId))
                .map(c -> new CaseRow("/curation/cases/" + c.id() + CaseController.langQuery(request), c.fields().title())).toList();
        ModelAndView view = pages.view("curation/review", request, response);
        view.addObject("rows", rows);
        view.addObject("cases", inReview);
        view.addObject("country", iso3 == null ? "" : iso3);
        view.addObject("tag", tagId == null ? "" : tagId);
        view.addObject("minConfidence", minConfidence == null ? "" : minConfidence);
        // Keyset paging: "next" goes on after the last unit shown, "first" starts again with the same filters.
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("lang", lang);
        filters.put("country", iso3);
        filters.put("tag", tagId);
        filters.put("min_confidence", blank(minConfidence) ? null : minConfidence.strip());
        filters.put("size", blank(size) ? null : String.valueOf(pageSize));
        view.addObject("nextHref", found.next() == null ? null : queueHref(filters, found.next()));
        view.addObject("firstHref", from == null ? null : queueHref(filters, null));
        return view;
    }

    private static String queueHref(Map<String, String> filters, String after) {
        Map<String, String> params = new LinkedHashMap<>(filters);
        params.put("after", after);
        StringBuilder href = new StringBuilder("/curation/review");
        params.forEach((name, value) -> {
            if (value != null) {
                href.append(href.indexOf("?") < 0 ? '?' : '&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return href.toString();
    }

    /** 50 when absent; null when not a number from 1 to 200 (a 400). */
    private static Integer pageSize(String value) {
        if (blank(value)) {
            return PAGE;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 1 && n <= MAX_PAGE ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    record TagRow(String tag, String label, String status, String statusLabel, String confidence) {}

    @GetMapping("/curation/units/{id}")
    ModelAndView unit(@PathVariable String id, @RequestParam(name = "case_q", required = false) String caseQuery,
            HttpServletRequest request, HttpServletResponse response, Principal principal) {
        SolrDocument doc = UNIT_ID.matcher(id).matches() ? units.stored(id) : null;
        if (doc == null || doc.getFieldValue(IndexFields.SOURCE_KIND) != null) {
            return pages.error(request, HttpStatus.NOT_FOUND);
        }
        String lang = CaseController.lang(request);
        Locale locale = Locale.of(lang);
        Map<String, String> status = new LinkedHashMap<>();
        for (String field : List.of(IndexFields.ARTICLES, IndexFields.CRIME_TYPES, IndexFields.CROSS_CUTTING)) {
            values(doc, field).forEach(t -> status.put(t, "suggested"));
        }
        values(doc, IndexFields.TAGS_CONFIRMED).forEach(t -> status.put(t, "confirmed"));
        for (TagDecision d : decisions.forUnit(id)) {
            status.put(d.tag(), d.decision() == TagDecision.Decision.REJECTED ? "rejected" : "confirmed");
        }
        Map<String, Double> confidence = ReviewQueue.confidence((String) doc.getFieldValue(IndexFields.TAG_EVIDENCE));
        List<TagRow> rows = new ArrayList<>();
        status.forEach((tag, s) -> rows.add(new TagRow(tag, taxonomy.tagLabel(tag, lang), s,
                messages.getMessage("curation.tag-status." + s, null, s, locale),
                confidence.containsKey(tag) ? Math.round(confidence.get(tag) * 100) + " %" : "")));
        ModelAndView view = pages.view("curation/unit", request, response);
        view.addObject("unitId", id);
        view.addObject("title", doc.getFieldValue(IndexFields.TITLE));
        view.addObject("parentTitle", doc.getFieldValue(IndexFields.PARENT_TITLE));
        view.addObject("publicHref", Page.DOCUMENT.of(id));
        view.addObject("tags", rows);
        Curator viewer = curators.of(principal);
        view.addObject("reviewer", viewer.role().includes(Role.REVIEWER));
        view.addObject("contributor", viewer.role().includes(Role.CONTRIBUTOR));
        String langQuery = CaseController.langQuery(request);
        view.addObject("linkedCases", provisionCases.linked(id, lang, langQuery));
        view.addObject("caseQuery", caseQuery == null ? "" : caseQuery);
        view.addObject("caseResults", provisionCases.found(id, caseQuery, lang, langQuery));
        return view;
    }

    @PostMapping("/curation/units/{id}/tags/{decision}")
    ModelAndView decide(@PathVariable String id, @PathVariable String decision, @RequestParam String tag,
            HttpServletRequest request, Principal principal) {
        Curator curator = curators.of(principal);
        Optional<TagDecision.Decision> parsed = TagDecision.Decision.parse(decision);
        if (parsed.isEmpty()) {
            return pages.error(request, HttpStatus.BAD_REQUEST);
        }
        if (!UNIT_ID.matcher(id).matches()) {
            return pages.error(request, HttpStatus.NOT_FOUND);
        }
        review.decide(id, tag.strip(), parsed.get(), curator);
        return new ModelAndView("redirect:/curation/units/" + id + CaseController.langQuery(request));
    }

    private static List<String> values(SolrDocument doc, String field) {
        var values = doc.getFieldValues(field);
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** 0 when absent; null when not a number between 0 and 1 (a 400). */
    private static Double parse(String value) {
        if (blank(value)) {
            return 0.0;
        }
        try {
            double d = Double.parseDouble(value.strip());
            return d >= 0 && d <= 1 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
