package org.mycroft.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mycroft.api.search.Facet;

class SearchStateTest {

    private final SearchState state = new SearchState("money laundering",
            Map.of(Facet.YEAR, List.of("2015"), Facet.COUNTRY, List.of("CAN")), "newest", 3, 10, "fr");

    @Test
    void hrefWritesTheWholeStateInAStableOrder() {
        assertThat(state.href()).isEqualTo("/search?q=money+laundering&country=CAN&year=2015&sort=newest&size=10&page=3&lang=fr");
        assertThat(new SearchState("", Map.of(), "", 1, null, null).href()).isEqualTo("/search");
    }

    @Test
    void togglingAddsOrRemovesAValueAndGoesBackToPageOne() {
        assertThat(state.toggle(Facet.COUNTRY, "FRA").href())
                .isEqualTo("/search?q=money+laundering&country=CAN&country=FRA&year=2015&sort=newest&size=10&lang=fr");
        assertThat(state.toggle(Facet.COUNTRY, "CAN").href())
                .isEqualTo("/search?q=money+laundering&year=2015&sort=newest&size=10&lang=fr");
        assertThat(state.withoutFilters().href()).isEqualTo("/search?q=money+laundering&sort=newest&size=10&lang=fr");
    }

    @Test
    void theJsonTwinAlwaysNamesTheLanguage() {
        SearchState noLang = new SearchState("a&b", Map.of(), "", 1, null, null);
        assertThat(noLang.apiHref("es")).isEqualTo("/api/search?q=a%26b&lang=es");
        assertThat(state.apiHref("en")).endsWith("&lang=fr");
    }

    @Test
    void paginationShowsNeighboursEndsAndGaps() {
        SearchState middle = new SearchState("", Map.of(), "", 10, null, null);
        SearchPage.Pagination pages = SearchPageAssembler.pagination(middle, 20);
        assertThat(pages.pages().stream().map(p -> p.gap() ? "…" : String.valueOf(p.number())).toList())
                .containsExactly("1", "…", "8", "9", "10", "11", "12", "…", "20");
        assertThat(pages.previousHref()).isEqualTo("/search?page=9");
        assertThat(pages.nextHref()).isEqualTo("/search?page=11");
        assertThat(pages.pages().stream().filter(SearchPage.PageLink::current).toList()).hasSize(1);

        SearchPage.Pagination single = SearchPageAssembler.pagination(new SearchState("", Map.of(), "", 1, null, null), 1);
        assertThat(single.show()).isFalse();
        assertThat(single.previousHref()).isNull();
        assertThat(single.nextHref()).isNull();
    }
}
