package org.mycroft.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Law files for the scale benchmark: plain-text acts of 10 to 30 numbered sections each, in
 * English, French or Spanish, worded from the search benchmark's legal vocabulary. About
 * {@code units} sections in all, spread over sub-folders of 1,000 files.
 */
public final class GeneratedLaws {

    private GeneratedLaws() {}

    /** Writes the files under {@code dir}; returns the number of sections written. */
    public static int write(Path dir, int units, long seed) throws IOException {
        Random random = new Random(seed);
        int written = 0;
        for (int file = 0; written < units; file++) {
            String lang = List.of("en", "en", "fr", "es").get(random.nextInt(4));
            String section = switch (lang) {
                case "fr" -> "Article";
                case "es" -> "Artículo";
                default -> "Section";
            };
            int sections = Math.min(units - written, 10 + random.nextInt(21));
            StringBuilder law = new StringBuilder(SearchBenchmark.sentence(random, lang, 6)).append(" (").append(file).append(")\n");
            for (int s = 1; s <= sections; s++) {
                law.append(section).append(' ').append(s).append(". ").append(SearchBenchmark.sentence(random, lang, 3)).append('\n')
                        .append(SearchBenchmark.sentence(random, lang, 40 + random.nextInt(80))).append(".\n");
            }
            Path folder = Files.createDirectories(dir.resolve(String.format("%04d", file / 1000)));
            Files.writeString(folder.resolve("law-" + file + ".txt"), law);
            written += sections;
        }
        return written;
    }
}
