package org.mycroft.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HarvestSourcesTest {

    @Test
    void readsDefaultsSourcesAndOverrides() {
        HarvestSources sources = HarvestSources.parse("""
                defaults: {licence: "Open Government Licence – Canada", country: can, doc_type: legislation, language: en,
                           concurrency: 2, timeout_seconds: 2.5, retries: 1, max_bytes: 1048576,
                           accept: [application/pdf, "text/html; charset=utf-8"]}
                sources:
                  - name: canada-acts
                    urls: [https://laws.example.ca/a.pdf, https://laws.example.ca/b.xml]
                  - name: norway
                    index: https://lovdata.example.no/laws/index.html
                    link_pattern: '\\.(pdf|html)$'
                    same_host: false
                    robots_txt: false
                    country: NO
                    language: nb
                    licence: NLOD 2.0
                """, "sources.yaml");

        FetchPolicy policy = sources.policy();
        assertThat(policy.concurrency()).isEqualTo(2);
        assertThat(policy.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(policy.retries()).isEqualTo(1);
        assertThat(policy.backoff()).isEqualTo(FetchPolicy.DEFAULT.backoff());
        assertThat(policy.maxBytes()).isEqualTo(1048576);
        assertThat(policy.accept()).containsExactly("application/pdf", "text/html");
        assertThat(policy.accepts("Text/HTML; charset=ISO-8859-1")).isTrue();

        HarvestSource canada = sources.sources().get(0);
        assertThat(canada.urls()).containsExactly(URI.create("https://laws.example.ca/a.pdf"), URI.create("https://laws.example.ca/b.xml"));
        assertThat(canada.hasIndex()).isFalse();
        assertThat(canada.meta()).isEqualTo(new DocumentMeta("Open Government Licence – Canada", "CAN", "legislation", "en"));

        HarvestSource norway = sources.sources().get(1);
        assertThat(norway.index()).isEqualTo(URI.create("https://lovdata.example.no/laws/index.html"));
        assertThat(norway.linkPattern().matcher("https://x/y.pdf").find()).isTrue();
        assertThat(norway.sameHost()).isFalse();
        assertThat(norway.obeyRobotsTxt()).isFalse();
        // "NO" is Norway, not YAML 1.1's false
        assertThat(norway.meta()).isEqualTo(new DocumentMeta("NLOD 2.0", "NO", "legislation", "nb"));
    }

    @Test
    void fetchSettingsHaveDefaults() {
        HarvestSources sources = HarvestSources.parse("""
                sources:
                  - name: one
                    urls: https://example.org/law.pdf
                    licence: CC BY 4.0
                """, "s.yaml");
        assertThat(sources.policy()).isEqualTo(FetchPolicy.DEFAULT);
        assertThat(sources.sources().getFirst().sameHost()).isTrue();
        assertThat(sources.sources().getFirst().obeyRobotsTxt()).isTrue();
    }

    @Test
    void errorsNameTheFileTheSourceAndTheField() {
        assertError("""
                sources:
                  - name: canada-acts
                    urls: [https://laws.example.ca/a.pdf, "ftp://laws.example.ca/b.pdf"]
                    licence: OGL
                """, "s.yaml: source 'canada-acts': 'urls[1]' is not an absolute http(s) URL: 'ftp://laws.example.ca/b.pdf'");
        assertError("""
                sources:
                  - name: canada-acts
                    url: [https://laws.example.ca/a.pdf]
                    licence: OGL
                """, "s.yaml: source 'canada-acts': unknown key 'url' (known: country, doc_type, index, language, licence, link_pattern, name, robots_txt, same_host, urls)");
        assertError("""
                sources:
                  - name: canada-acts
                    licence: OGL
                """, "s.yaml: source 'canada-acts': give 'urls' (a list of document URLs) or 'index' (a page whose links are followed)");
        assertError("""
                sources:
                  - name: canada-acts
                    urls: [https://laws.example.ca/a.pdf]
                """, "s.yaml: source 'canada-acts': 'licence' is required");
        assertError("""
                sources:
                  - urls: [https://laws.example.ca/a.pdf]
                """, "s.yaml: source #1: 'name' is required");
        assertError("""
                sources:
                  - name: Canada Acts
                    urls: [https://laws.example.ca/a.pdf]
                """, "s.yaml: source 'Canada Acts': 'name' must be lower-case letters");
        assertError("""
                defaults: {licence: OGL, concurency: 3}
                sources: [{name: a, urls: [https://example.org/a.pdf]}]
                """, "s.yaml: defaults: unknown key 'concurency'");
        assertError("""
                defaults: {licence: OGL, concurrency: 500}
                sources: [{name: a, urls: [https://example.org/a.pdf]}]
                """, "s.yaml: defaults: concurrency must be between 1 and 64, not 500");
        assertError("""
                defaults: {licence: OGL}
                sources:
                  - {name: a, urls: [https://example.org/a.pdf]}
                  - {name: a, urls: [https://example.org/b.pdf]}
                """, "s.yaml: source 'a': another source has the same name");
        assertError("""
                defaults: {licence: OGL}
                sources:
                  - {name: a, index: https://example.org/, link_pattern: '(pdf'}
                """, "s.yaml: source 'a': 'link_pattern' is not a valid regular expression");
        assertError("sources: [", "s.yaml: not valid YAML");
        assertError("defaults: {licence: OGL}\n", "s.yaml: 'sources' must list at least one source");
    }

    @Test
    void repeatedKeysAndValuesOfTheWrongTypeAreRefused() {
        assertError("""
                sources:
                  - name: a
                    licence: x
                    licence: y
                    urls: [https://example.org/a.pdf]
                """, "s.yaml: not valid YAML: Duplicate field 'licence' (line 4)");
        assertError("""
                sources:
                  - name: a
                    licence: x
                    same_host: maybe
                    urls: [https://example.org/a.pdf]
                """, "s.yaml: source 'a': 'same_host' must be true or false, not 'maybe'");
        assertError("""
                defaults: {licence: x, retries: many}
                sources: [{name: a, urls: [https://example.org/a.pdf]}]
                """, "s.yaml: defaults: 'retries' must be a whole number, not 'many'");
    }

    private static void assertError(String yaml, String message) {
        assertThatThrownBy(() -> HarvestSources.parse(yaml, "s.yaml"))
                .isInstanceOf(HarvestConfigException.class)
                .hasMessageStartingWith(message);
    }
}
