package org.mycroft.ingest.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from Markdown, keeping its lines: {@code #} headings become heading lines of their
 * own (so "## Article 5", "### § 1591." and "**Artículo 3.**" split like any other heading),
 * links, images, emphasis, code spans, escapes and inline HTML are reduced to their text.
 */
public final class MarkdownText {

    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+|(?=\\S))(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern BLOCKQUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[*+-]\\s+");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s+\\S+.*$");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|<!--.*?-->");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS_STAR = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])([^*]+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern EMPHASIS_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=[^\\s_])([^_]+?)(?<=\\S)_(?![\\w_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern CODE = Pattern.compile("(?<!`)`([^`\\n]+)`(?!`)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~\"'])");
    private static final Pattern ENTITY = Pattern.compile("&(nbsp|amp|lt|gt|quot|apos|#\\d{1,6}|#x[0-9a-fA-F]{1,6});");

    /** Escaped ASCII characters are parked here (U+F000 + char) while emphasis is removed. */
    private static final int PRIVATE_USE = 0xF000;

    private MarkdownText() {}

    public static String toText(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length());
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
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
                out.append('\n').append(inline(heading.group(1))).append("\n\n");
                continue;
            }
            line = BLOCKQUOTE.matcher(line).replaceFirst("");
            line = BULLET.matcher(line).replaceFirst("$1- ");
            if (line.strip().startsWith("|") && line.strip().endsWith("|")) {
                line = line.strip().replaceAll("^\\||\\|$", "").strip().replaceAll("\\s*\\|\\s*", " | ");
            }
            out.append(inline(line)).append('\n');
        }
        return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Inline syntax of one line reduced to its text. */
    static String inline(String line) {
        // Escaped characters are set aside first so that "\\*" never opens an emphasis.
        Matcher escaped = ESCAPE.matcher(line.replace("``", "\"")); // `` : LaTeX-style opening quotes in statutes
        StringBuilder protectedLine = new StringBuilder();
        while (escaped.find()) {
            escaped.appendReplacement(protectedLine, Matcher.quoteReplacement(
                    Character.toString(PRIVATE_USE + escaped.group(1).charAt(0))));
        }
        escaped.appendTail(protectedLine);
        String s = protectedLine.toString();
        s = HTML_TAG.matcher(s).replaceAll("");
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        for (int pass = 0; pass < 2; pass++) { // ***both*** and nested emphasis
            s = STRONG.matcher(s).replaceAll("$2");
            s = EMPHASIS_STAR.matcher(s).replaceAll("$1");
            s = EMPHASIS_UNDERSCORE.matcher(s).replaceAll("$1");
        }
        s = STRIKE.matcher(s).replaceAll("$1");
        s = unescapeEntities(s);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(c >= PRIVATE_USE && c < PRIVATE_USE + 128 ? c - PRIVATE_USE : c));
        return out.toString();
    }

    private static String unescapeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "nbsp" -> " ";
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> {
                    int cp = e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    yield Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : "";
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }
}
