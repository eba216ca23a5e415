package org.mycroft.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void stemsAreSlugsOfTheLastSegment() {
        assertThat(FileNames.stem(URI.create("https://x.example/laws/Loi%20n%C2%B0%2012-2019.pdf"))).isEqualTo("loi-n-12-2019");
        assertThat(FileNames.stem(URI.create("https://x.example/laws/"))).isEqualTo("laws");
        assertThat(FileNames.stem(URI.create("https://x.example/"))).isEqualTo("index");
        assertThat(FileNames.stem(URI.create("https://x.example/eli/act.php"))).isEqualTo("act-php");
        assertThat(FileNames.stem(URI.create("https://x.example/act.php?id=7")))
                .matches("act-php-[0-9a-f]{8}")
                .isNotEqualTo(FileNames.stem(URI.create("https://x.example/act.php?id=8")));
    }

    @Test
    void theExtensionFollowsTheContentType() {
        URI pdfUrl = URI.create("https://x.example/law.pdf");
        assertThat(FileNames.extension("application/pdf", pdfUrl)).isEqualTo("pdf");
        assertThat(FileNames.extension("text/html; charset=utf-8", pdfUrl)).isEqualTo("html"); // an error page, read as HTML
        assertThat(FileNames.extension("application/x-unknown", pdfUrl)).isEqualTo("pdf");
        assertThat(FileNames.extension("application/x-unknown", URI.create("https://x.example/get"))).isEqualTo("bin");
    }
}
