package org.mycroft.ingest.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Plain text from Markdown, keeping its lines: {@code #} headings become heading lines of their
 * own (so "## Article 5", "### § 1591." and "**Artículo 3.**" split like any other heading).
 * Blocks are read line by line, because the provision splitter works on lines and the corpus's
 * Markdown is loose ("##Heading"); inline syntax (links, images, emphasis, code spans, escapes,
 * entities, inline HTML) is reduced to its text by commonmark-java.
 */
public final class MarkdownText {

    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+|(?=\\S))(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern BLOCKQUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[*+-]\\s+");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");

    /**
     * Inline syntax only: every block type off, so a line is read as paragraph text (its block
     * structure is read line by line above, as the corpus writes it: "##Heading" without a space).
     */
    private static final Parser INLINE = Parser.builder()
            .enabledBlockTypes(Set.of())
            .extensions(List.of(StrikethroughExtension.create()))
            .build();

    private MarkdownText() {}

    public static String toText(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        // Reference links ("[text][ref]") on any line resolve against the file's definitions.
        String definitions = Arrays.stream(lines).filter(l -> LINK_DEFINITION.matcher(l).matches())
                .collect(Collectors.joining("\n"));
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                out.append(line).append('\n');
                continue;
            }
            if (RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()
                    || TABLE_SEPARATOR.matcher(line).matches() && line.contains("|")) {
                out.append('\n');
                continue;
            }
            if (SETEXT_UNDERLINE.matcher(line).matches() && i > 0 && !lines[i - 1].isBlank()) {
                out.append('\n'); // the line above was a heading; it already stands on its own line
                continue;
            }
            Matcher heading = ATX_HEADING.matcher(line);
            if (heading.matches()) {
                // A heading is a block of its own, whatever the file's blank lines say.
                out.append('\n').append(inline(heading.group(1), definitions)).append("\n\n");
                continue;
            }
            line = BLOCKQUOTE.matcher(line).replaceFirst("");
            line = BULLET.matcher(line).replaceFirst("$1- ");
            if (line.strip().startsWith("|") && line.strip().endsWith("|")) {
                line = line.strip().replaceAll("^\\||\\|$", "").strip().replaceAll("\\s*\\|\\s*", " | ");
            }
            out.append(inline(line, definitions)).append('\n');
        }
        return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Inline syntax of one line reduced to its text; leading indentation is kept. */
    static String inline(String line, String definitions) {
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        String content = line.substring(indent).replace("``", "\""); // `` : LaTeX-style opening quotes in statutes
        if (content.isEmpty()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length()).append(line, 0, indent);
        INLINE.parse(definitions.isEmpty() ? content : content + "\n\n" + definitions).accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                // a tag or comment: no text of its own
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                out.append(' ');
            }
        });
        return out.toString();
    }
}
