package org.mycroft.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mycroft.ingest.source.Ids;
import org.mycroft.ingest.source.SampleCorpus;

/**
 * The retrieval judgements of {@code bench retrieval} are well formed and every judged document
 * exists (a misspelt id would silently count as a miss), without Solr.
 */
class RetrievalJudgementsTest {

    private static final Path CORPUS = Path.of(System.getProperty("mycroft.shared.dir", "../../shared"), "corpus-real");

    @Test
    void theSetsCoverTheThreeLanguagesAndKeepAHeldOutPart() throws IOException {
        List<RetrievalBenchmark.Judgement> all = RetrievalBenchmark.loadDefault();
        assertThat(all).hasSizeGreaterThanOrEqualTo(50);
        for (String set : List.of("tuned", "heldout")) {
            for (String lang : List.of("en", "fr", "es")) {
                assertThat(all).as("%s %s", set, lang).anyMatch(j -> j.set().equals(set) && j.lang().equals(lang));
            }
        }
        assertThat(all.stream().filter(j -> j.set().equals("heldout")).count()).isGreaterThanOrEqualTo(all.size() / 3);
        // The filters are the search's own parameters.
        assertThat(all).flatExtracting(j -> j.filters().keySet()).isSubsetOf("language", "doc_type");
    }

    @Test
    void everySampleDocumentJudgedExists() throws IOException {
        Set<String> samples = new HashSet<>();
        SampleCorpus.fileNames().forEach(name -> samples.add(Ids.slug(Ids.withoutExtension(name))));
        Set<String> judged = judgedDocuments();
        Set<String> notSamples = new HashSet<>(judged);
        notSamples.removeAll(samples);
        // What is not a sample must look like a real law of ../shared/corpus-real (checked below when present).
        assertThat(notSamples).allMatch(id -> id.matches("(ca|es|nl|un|us)-.*"));
        assertThat(judged).containsAnyElementsOf(samples);
    }

    @Test
    void everyRealLawJudgedIsInTheSharedCorpus() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), CORPUS + " absent: real-law judgements not checked");
        Set<String> real = new HashSet<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md"))
                    .forEach(n -> real.add(Ids.slug(Ids.withoutExtension(n))));
        }
        Set<String> samples = new HashSet<>();
        SampleCorpus.fileNames().forEach(name -> samples.add(Ids.slug(Ids.withoutExtension(name))));
        Set<String> unknown = judgedDocuments();
        unknown.removeAll(samples);
        unknown.removeAll(real);
        assertThat(unknown).isEmpty();
    }

    @Test
    void aMalformedLineIsRefusedWithTheLine() {
        assertThatThrownBy(() -> RetrievalBenchmark.parse(List.of("tuned\ten\tquery without relevant documents\t\t")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query without relevant documents");
        assertThat(RetrievalBenchmark.parse(List.of("# comment", "", "heldout\tfr\textradition\tlanguage=nl\tnl-uitleveringswet-nl")))
                .singleElement().satisfies(j -> {
                    assertThat(j.filters()).containsEntry("language", "nl");
                    assertThat(j.relevant()).containsExactly("nl-uitleveringswet-nl");
                });
    }

    private static Set<String> judgedDocuments() throws IOException {
        Set<String> judged = new HashSet<>();
        RetrievalBenchmark.loadDefault().forEach(j -> judged.addAll(j.relevant()));
        return judged;
    }
}
