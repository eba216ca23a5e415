package org.mycroft.web.directory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mycroft.api.system.RequestParameters;
import org.mycroft.core.taxonomy.DirectoryVocabulary;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.curation.directory.Access;
import org.mycroft.web.system.Workbench;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** {@code /directory} (filters, search, counts) and {@code /directory/{id}} (an entry's permalink). */
@Controller
record DirectoryPageController(DirectoryService directory, ReaderAccess readers, Taxonomy taxonomy,
        Workbench workbench) {

    /** An option of a filter select. */
    record Option(String id, String label, boolean selected) {}

    /** A count by type or region, linking to the directory filtered by it. */
    record Count(String id, String label, long count, String href) {}

    record DirectoryPage(DirectoryJson.Listing listing, String state, String q, List<Option> regions, List<Option> types,
            List<Option> instruments, List<Count> typeCounts, List<Count> regionCounts, List<DirectoryViews.EntryView> entries,
            boolean authorised, String searchHref) {}

    @GetMapping(DirectoryService.PAGE)
    ModelAndView list(HttpServletRequest request, HttpServletResponse response) {
        Workbench.Context ctx = workbench.context(request);
        Access access = readers.of(request);
        PrivateAnswers.mark(response, access);
        DirectoryParameters params = DirectoryParameters.parse(Workbench.withLang(request, ctx), taxonomy);
        DirectoryJson.Listing listing = directory.search(params, access);
        String lang = ctx.uiLang();
        List<Option> regions = taxonomy.regions().stream()
                .map(r -> new Option(r.id(), r.label(lang), params.regions().stream().anyMatch(x -> x.id().equals(r.id())))).toList();
        List<Option> types = DirectoryVocabulary.get().authorityTypes().stream()
                .map(t -> new Option(t, DirectoryService.typeLabel(t, lang), params.types().contains(t))).toList();
        List<Option> instruments = DirectoryVocabulary.get().authorityTypes().stream()
                .map(t -> DirectoryVocabulary.get().instrument(t).orElseThrow()).distinct()
                .map(i -> new Option(i, taxonomy.instrument(i).map(x -> x.name(lang)).orElse(i), params.instruments().contains(i))).toList();
        List<Count> typeCounts = listing.authorityTypes().stream().filter(c -> c.count() > 0)
                .map(c -> new Count(c.id(), c.label(), c.count(), filtered(params, "type", c.id(), ctx))).toList();
        List<Count> regionCounts = listing.regions().stream().filter(c -> c.count() > 0)
                .map(c -> new Count(c.id(), c.label(), c.count(), filtered(params, "region", c.id(), ctx))).toList();
        String state = params.states().isEmpty() ? null : params.states().getFirst().iso3();
        DirectoryPage page = new DirectoryPage(listing, state, params.q(), regions, types, instruments, typeCounts, regionCounts,
                listing.entries().stream().map(e -> DirectoryViews.entry(e, ctx)).toList(), access.seesRestricted(),
                ctx.href(DirectoryService.searchHref()));
        String api = Workbench.query(DirectoryService.API, params.canonical(), new Workbench.Context(lang, lang));
        ModelAndView view = workbench.view("directory/directory", request, api, "directory");
        view.addObject("page", page);
        return view;
    }

    @GetMapping(DirectoryService.PAGE + "/{id}")
    ModelAndView entry(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        Workbench.Context ctx = workbench.context(request);
        Access access = readers.of(request);
        PrivateAnswers.mark(response, access);
        String lang = RequestParameters.of(Workbench.withLang(request, ctx), Set.of("lang")).lang();
        DirectoryJson.Entry entry = directory.entry(id, lang, access);
        ModelAndView view = workbench.view("directory/entry", request, ctx.api(entry.apiUrl()), "directory");
        view.addObject("page", DirectoryViews.entry(entry, ctx));
        view.addObject("authorised", access.seesRestricted());
        return view;
    }

    /** The directory with one more filter value (the others kept). */
    private static String filtered(DirectoryParameters params, String name, String value, Workbench.Context ctx) {
        Map<String, List<String>> p = new LinkedHashMap<>(params.canonical());
        p.put(name, List.of(value));
        return Workbench.query(DirectoryService.PAGE, p, ctx);
    }
}
