package org.mycroft.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void keepsFormattingHeadingsListsTablesAndSafeLinks() {
        String html = "<h2>Article 5</h2><p>Each <b>State</b> <em>shall</em>:</p><ol><li>adopt</li></ol>"
                + "<table><thead><tr><th colspan=\"2\">Penalty</th></tr></thead><tbody><tr><td>10</td><td>years</td></tr></tbody></table>"
                + "<p><a href=\"https://www.unodc.org/untoc\" target=\"_blank\">UNTOC</a> <a href=\"/documents/x\">local</a></p>";
        String clean = HtmlSanitizer.sanitize(html);
        assertThat(clean).contains("<h2>Article 5</h2>", "<b>State</b>", "<em>shall</em>", "<ol><li>adopt</li></ol>",
                "<th colspan=\"2\">Penalty</th>", "<td>10</td>",
                "<a href=\"https://www.unodc.org/untoc\" rel=\"nofollow noopener\">UNTOC</a>",
                "<a href=\"/documents/x\" rel=\"nofollow noopener\">local</a>");
        assertThat(clean).doesNotContain("target=");
    }

    @Test
    void removesScriptsStylesEventHandlersAndDangerousUrls() {
        String html = "<script>alert('x')</script><style>body{display:none}</style>"
                + "<p onclick=\"steal()\" style=\"color:red\">Text</p>"
                + "<img src=\"x\" onerror=\"steal()\"><iframe src=\"https://evil.example\"></iframe>"
                + "<a href=\"javascript:steal()\">click</a><a href=\"JaVaScRiPt:steal()\">again</a>"
                + "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">data</a>"
                + "<form action=\"https://evil.example\"><input name=\"q\"></form><svg onload=\"steal()\"></svg>";
        String clean = HtmlSanitizer.sanitize(html);
        assertThat(clean.toLowerCase()).doesNotContain("<script", "alert", "<style", "display:none", "onclick",
                "onerror", "onload", "style=", "<iframe", "javascript:", "data:", "<form", "<input", "<svg", "<img", "steal");
        assertThat(clean).contains("<p>Text</p>", "click", "again");
        assertThat(HtmlSanitizer.sanitize(null)).isEmpty();
    }
}
