package org.mycroft.ingest.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mycroft.core.taxonomy.Taxonomy;

/**
 * Loads the provision-level judgements shipped in the jar: {@code mycroft/evaluation/provisions/laws.tsv}
 * lists each judged law and its set (tune or blind); {@code <law>.tsv} holds one line per provision,
 * {@code unit<TAB>required<TAB>mentions<TAB>reason}, tag ids comma-separated. Every id must be a
 * taxonomy id, so a typo fails the load instead of silently counting as a miss.
 */
public final class ProvisionJudgements {

    public static final String BASE = "/mycroft/evaluation/provisions/";
    private static final String MANIFEST_HEADER = "law\tset";
    private static final String LAW_HEADER = "unit\trequired\tmentions\treason";

    private ProvisionJudgements() {}

    public static List<JudgedLaw> loadDefault(Taxonomy taxonomy) {
        List<JudgedLaw> laws = new ArrayList<>();
        for (String[] row : rows(read("laws.tsv"), "laws.tsv", MANIFEST_HEADER, 2)) {
            String set = row[1].strip();
            if (!set.equals(JudgedLaw.TUNE) && !set.equals(JudgedLaw.BLIND)) {
                throw new IllegalStateException("laws.tsv: " + row[0] + ": set must be tune or blind, found " + set);
            }
            String law = row[0].strip();
            laws.add(new JudgedLaw(law, set, parse(read(law + ".tsv"), law + ".tsv", taxonomy)));
        }
        return List.copyOf(laws);
    }

    /** One law's judgements; fails on a bad header, a repeated unit or an id outside the taxonomy. */
    static List<ProvisionJudgement> parse(String tsv, String where, Taxonomy taxonomy) {
        List<ProvisionJudgement> out = new ArrayList<>();
        Set<String> units = new HashSet<>();
        for (String[] row : rows(tsv, where, LAW_HEADER, 1)) {
            String unit = row[0].strip();
            if (!units.add(unit)) {
                throw new IllegalStateException(where + ": unit judged twice: " + unit);
            }
            Set<String> required = ids(row, 1, where, unit, taxonomy);
            Set<String> mentions = ids(row, 2, where, unit, taxonomy);
            mentions.removeAll(required); // a subject is more than a mention
            out.add(new ProvisionJudgement(unit, required, mentions, row.length > 3 ? row[3].strip() : ""));
        }
        return out;
    }

    private static Set<String> ids(String[] row, int column, String where, String unit, Taxonomy taxonomy) {
        Set<String> ids = new LinkedHashSet<>();
        if (row.length <= column) {
            return ids;
        }
        for (String id : row[column].split(",")) {
            String tag = id.strip();
            if (tag.isEmpty()) {
                continue;
            }
            if (Family.of(tag, taxonomy) == null) {
                throw new IllegalStateException(where + ": " + unit + ": not a taxonomy id: " + tag);
            }
            ids.add(tag);
        }
        return ids;
    }

    private static List<String[]> rows(String tsv, String where, String header, int minColumns) {
        List<String> lines = tsv.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals(header)) {
            throw new IllegalStateException(where + ": the first line must be the header '" + header.replace("\t", "<TAB>") + "'");
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split("\t", -1);
            if (row.length < minColumns || row[0].isBlank()) {
                throw new IllegalStateException(where + ": malformed line: " + line);
            }
            rows.add(Arrays.copyOf(row, Math.max(row.length, 4)));
        }
        return rows;
    }

    private static String read(String name) {
        try (InputStream in = ProvisionJudgements.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BASE + name, e);
        }
    }
}
