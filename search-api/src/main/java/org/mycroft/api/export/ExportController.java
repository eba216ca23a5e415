package org.mycroft.api.export;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.mycroft.api.search.SearchParameters;
import org.mycroft.api.search.SearchRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/search.csv}, {@code .jsonl} and {@code .ris}: every result of a search (the same
 * parameters as {@code /api/search}; {@code page} and {@code size} are ignored), streamed while
 * Solr's cursor walks the results. The parameters are validated before the first byte, so a bad
 * one is still a JSON 400.
 */
@RestController
record ExportController(SearchParameters parameters, ResultCursor cursor) {

    @Operation(operationId = "exportCsv", summary = "Export every result of a search as CSV (UTF-8 with BOM, formula-safe)")
    @GetMapping("/api/search.csv")
    ResponseEntity<StreamingResponseBody> csv(HttpServletRequest request) {
        return export(request, ExportFormat.CSV);
    }

    @Operation(operationId = "exportJsonLines", summary = "Export every result of a search as JSON Lines")
    @GetMapping("/api/search.jsonl")
    ResponseEntity<StreamingResponseBody> jsonLines(HttpServletRequest request) {
        return export(request, ExportFormat.JSONL);
    }

    @Operation(operationId = "exportRis", summary = "Export every result of a search as RIS (Zotero, EndNote)")
    @GetMapping("/api/search.ris")
    ResponseEntity<StreamingResponseBody> ris(HttpServletRequest request) {
        return export(request, ExportFormat.RIS);
    }

    private ResponseEntity<StreamingResponseBody> export(HttpServletRequest request, ExportFormat format) {
        SearchRequest search = parameters.parse(request.getParameterMap());
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        StreamingResponseBody body = stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            RecordWriter writer = format.writer(out);
            cursor.forEach(search, doc -> {
                try {
                    writer.write(ExportRecord.of(doc, base));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.finish();
        };
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mycroft-search." + format.extension() + "\"")
                .body(body);
    }
}
