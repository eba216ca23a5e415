package org.mycroft.api.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.Writer;

/** JSON Lines: one JSON object per result and line, snake_case like the API, absent fields left out. */
final class JsonLinesRecordWriter implements RecordWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private final Writer out;

    JsonLinesRecordWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(ExportRecord record) throws IOException {
        out.write(JSON.writeValueAsString(record));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
