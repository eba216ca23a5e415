package org.mycroft.curation.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.mycroft.curation.Curator;
import org.mycroft.curation.Role;

/**
 * The sample directory shipped with Mycroft (fictional contact data, source kind {@code sample}):
 * seeded and published on the first start, like the sample corpus, so a newcomer sees the
 * directory working. Every restricted sample value contains {@value #RESTRICTED_MARK}, so any
 * leak shows in a test that looks for it.
 */
public final class DirectorySamples {

    public static final String RESOURCE = "/mycroft/directory/sample-entries.json";
    public static final String RESTRICTED_MARK = "RESTRICTED-SAMPLE";
    /** Who the audit log says wrote the samples. */
    public static final Curator SAMPLES = new Curator("mycroft-samples", Role.ADMIN);

    private DirectorySamples() {}

    public static List<ImportRow> rows() {
        try (InputStream in = DirectorySamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return SubmissionReader.json(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports and publishes the samples when the directory is empty; returns how many entries were published. */
    public static int seedIfEmpty(DirectoryRepository repository, DirectoryWorkflow workflow) {
        if (repository.count() > 0) {
            return 0;
        }
        ImportReport report = workflow.importDrafts(rows(), SAMPLES);
        if (!report.rejected().isEmpty()) {
            throw new IllegalStateException("Invalid sample directory entries: " + report.rejected());
        }
        for (String id : report.created()) {
            AuthorityEntry draft = workflow.get(id);
            AuthorityEntry inReview = workflow.submit(id, draft.version(), SAMPLES);
            workflow.publish(id, inReview.version(), SAMPLES);
        }
        return report.created().size();
    }
}
