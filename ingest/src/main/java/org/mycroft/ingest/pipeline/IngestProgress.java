package org.mycroft.ingest.pipeline;

import org.mycroft.ingest.source.SourceFile;

/** Callbacks while an ingest runs, for a progress bar or log lines. */
public interface IngestProgress {

    enum Outcome { INDEXED, UNCHANGED, FAILED }

    void started(int files);

    void fileDone(SourceFile file, Outcome outcome, String detail);

    IngestProgress SILENT = new IngestProgress() {
        @Override
        public void started(int files) {}

        @Override
        public void fileDone(SourceFile file, Outcome outcome, String detail) {}
    };
}
