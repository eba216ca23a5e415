package org.mycroft.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mycroft.core.index.IndexFields;
import org.mycroft.core.solr.SolrConnection;
import org.mycroft.core.solr.SolrSettings;

/**
 * A SIGTERM to {@code mycroft ingest} (a real child JVM, {@link ProcessHandle#destroy()}) halfway: the
 * command stops early, and every file it reported as indexed, before or after the signal, is in
 * the index when it has exited, without a second run.
 */
class SigtermDuringIngestTest {

    private static final int FILES = 400;
    private static final Pattern INDEXED = Pattern.compile("\\[\\d+/" + FILES + "] indexed (note-\\d+\\.txt) ");

    @Test
    void nothingReportedAsIndexedIsLost(@TempDir Path tmp) throws Exception {
        Path docs = ChildIngest.notes(tmp.resolve("docs"), FILES,
                "Note %d on the confiscation of proceeds of crime, order number %d.");
        Path data = tmp.resolve("data");
        Process child;
        Set<String> reported = new HashSet<>();
        List<String> output = new ArrayList<>();
        boolean signalled = false;
        try (ChildIngest ingest = ChildIngest.start(data, docs)) {
            child = ingest.process();
            for (String line : ingest.lines()) {
                output.add(line);
                Matcher m = INDEXED.matcher(line);
                if (m.find()) {
                    reported.add(m.group(1));
                    if (reported.size() == 20 && !signalled) {
                        // SIGTERM (shutdown hooks run); Process.destroy() would also close our end of its output
                        child.toHandle().destroy();
                        signalled = true;
                    }
                }
            }
        }
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child exits after the signal").isTrue();
        assertThat(signalled).as("the signal came while ingesting").isTrue();
        assertThat(reported.size()).as("stopped early: not every file was read").isLessThan(FILES);
        assertThat(output).anyMatch(l -> l.contains("Stopped by a signal"));

        try (SolrConnection solr = SolrConnection.open(SolrSettings.embedded(data))) {
            List<String> indexed = new ArrayList<>();
            for (SolrDocument doc : solr.client().query(new SolrQuery("*:*").setFields(IndexFields.SOURCE_PATH)
                    .setRows(FILES + 10)).getResults()) {
                indexed.add(String.valueOf(doc.getFieldValue(IndexFields.SOURCE_PATH)));
            }
            assertThat(indexed).as("every file reported as indexed is in the index").containsAll(reported);
            assertThat(new HashSet<>(indexed)).as("each once").hasSize(indexed.size());
        }
    }
}
