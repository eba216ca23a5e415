package org.mycroft.api.export;

import java.io.IOException;

/** Writes exported records one at a time to a stream; nothing is kept after {@link #write}. */
interface RecordWriter {

    void write(ExportRecord record) throws IOException;

    /** Writes whatever the format needs after the last record and flushes. */
    void finish() throws IOException;
}
