package org.mycroft.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mycroft.core.taxonomy.Taxonomy;
import org.mycroft.ingest.evaluation.ProvisionEvaluation;
import org.mycroft.ingest.evaluation.ProvisionJudgements;
import org.mycroft.ingest.extraction.TikaExtractor;
import org.mycroft.ingest.indexing.IndexUnit;
import org.mycroft.ingest.language.LanguageGuesser;
import org.mycroft.ingest.pipeline.DocumentReader;
import org.mycroft.ingest.pipeline.UnitBuilder;
import org.mycroft.ingest.source.SourceFile;
import org.mycroft.tagging.EvaluationReport;
import org.mycroft.tagging.LabelledPassage;
import org.mycroft.tagging.LearnerCrossValidation;
import org.mycroft.tagging.LearnerParams;
import org.mycroft.tagging.NeighbourCrossValidation;
import org.mycroft.tagging.NeighbourParams;
import org.mycroft.tagging.NeighbourTags;
import org.mycroft.tagging.Tagger;
import org.mycroft.tagging.TaggingEvaluation;
import org.mycroft.tagging.TrainingOverlap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Quality and speed figures, printed for the notes; never asserted in tests. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure tagging quality or ingest speed.",
        subcommands = {BenchCommand.Tagging.class, BenchIngestCommand.class, BenchIngestScaleCommand.class, BenchCoverageCommand.class,
                BenchSearchCommand.class, BenchRetrievalCommand.class})
public final class BenchCommand extends CommandGroup {

    @Command(name = "tagging", mixinStandardHelpOptions = true,
            description = "Precision and recall of the tagger: on the labelled passages, then provision by provision "
                    + "on the judged real laws (read, split and tagged as ingest does).")
    static final class Tagging implements Callable<Integer> {

        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus-real",
                description = "Folder of the judged real laws (default: ${DEFAULT-VALUE}); skipped with a message when absent.")
        Path corpus;

        @Option(names = "--curated",
                description = "Score the rules against the reviewers' confirmed, added and rejected tags of this data folder instead.")
        boolean curated;

        @Option(names = "--rules-only",
                description = "Score the phrase rules alone, without the judged passages as neighbours (the baseline).")
        boolean rulesOnly;

        @Option(names = "--without-training-files",
                description = "Build the neighbours as the fourth #10 round did: the evaluation passages alone, its settings "
                        + "(the overlap guard still compares the blind items with the training files).")
        boolean withoutTrainingFiles;

        @Option(names = "--cross-validate",
                description = "Instead: 10-fold cross-validation of the neighbours on the tune passages (never the blind sets), "
                        + "rules alone and each setting of k, minimum score and language; the model is retrained per fold.")
        boolean crossValidate;

        @Option(names = "--cross-validate-learner",
                description = "Instead: 10-fold cross-validation of the second learner (TagLearner) over the same passages and folds, "
                        + "on top of the rules and the shipped neighbours, for each setting of its grid; prints the adopted one.")
        boolean crossValidateLearner;

        @Option(names = "--without-learner",
                description = "The rules and neighbours without the second learner (the figures before it).")
        boolean withoutLearner;

        @picocli.CommandLine.Mixin
        SolrOptions solr;

        @Override
        public Integer call() throws Exception {
            Taxonomy taxonomy = Taxonomy.load();
            if (crossValidate) {
                return crossValidate(taxonomy);
            }
            if (crossValidateLearner) {
                return crossValidateLearner(taxonomy);
            }
            Tagger tagger = rulesOnly ? Tagger.loadRulesOnly(taxonomy)
                    : withoutTrainingFiles ? Tagger.loadRulesOnly(taxonomy).withNeighbours(
                            NeighbourTags.train(Tagger.tunePassages(), NeighbourParams.FOURTH_ROUND))
                    : withoutLearner ? Tagger.loadDefault(taxonomy).withLearner(null)
                    : Tagger.loadDefault(taxonomy);
            System.out.println("Second learner: " + (rulesOnly || withoutTrainingFiles || withoutLearner ? "off (option)"
                    : LearnerParams.ADOPTED.map(Object::toString).orElse("off (no setting met the adoption rule)")));
            if (curated) {
                return curated(taxonomy, tagger);
            }
            List<LabelledPassage> passages = TaggingEvaluation.loadDefault();
            System.out.println(TaggingEvaluation.run(tagger, passages).format());
            List<LabelledPassage> training = TaggingEvaluation.loadTraining();
            System.out.println("Neighbour-training passages (" + TaggingEvaluation.TRAINING_RESOURCE.formatted("<lang>")
                    + "; in-sample: they are in the neighbours' index" + (rulesOnly || withoutTrainingFiles ? ", not in this run's" : "")
                    + "):");
            System.out.println(TaggingEvaluation.run(tagger, training).format());
            TrainingOverlap overlap = TrainingOverlap.of(Tagger.trainingPassages());
            System.out.println(TaggingEvaluation.reproducedBlindPassages(tagger, passages, overlap));
            printUnLanguages(tagger);
            if (!Files.isDirectory(corpus)) {
                System.out.println("Provision-level evaluation skipped: " + corpus.toAbsolutePath().normalize()
                        + " is absent (--corpus DIR).");
                return 0;
            }
            try (TikaExtractor extractor = new TikaExtractor()) {
                DocumentReader reader = new DocumentReader(extractor, new UnitBuilder(taxonomy, tagger, new LanguageGuesser()));
                Instant now = Instant.now();
                ProvisionEvaluation.UnitReader units = file -> {
                    List<IndexUnit> out = new ArrayList<>();
                    try {
                        for (DocumentReader.Part part : reader.read(new SourceFile(file, file.getParent()), "", now, false)) {
                            out.addAll(part.units());
                        }
                    } catch (org.mycroft.ingest.extraction.ExtractionException e) {
                        throw new java.io.IOException(file + ": " + e.getMessage(), e);
                    }
                    return out;
                };
                System.out.println(ProvisionEvaluation.run(ProvisionJudgements.loadDefault(taxonomy), corpus, units, taxonomy,
                        unit -> overlap.nearest(unit.heading() == null ? unit.text() : unit.heading() + "\n" + unit.text()).overlap())
                        .format());
            }
            return 0;
        }
    
        /**
         * The model choice (issue #10, sixth round): 10-fold cross-validation over the neighbours' training
         * passages (tune sets and training files, never a blind set), first k, minimum score and language,
         * then, around the best of those, the prefix and the signature rule; {@link NeighbourCrossValidation#choose}
         * picks the setting.
         */
        private static int crossValidate(Taxonomy taxonomy) {
            Tagger rules = Tagger.loadRulesOnly(taxonomy);
            List<LabelledPassage> pool = Tagger.trainingPassages();
            List<LabelledPassage> tune = Tagger.tunePassages();
            System.out.println("10-fold cross-validation on " + pool.size() + " passages: " + tune.size() + " of the tune sets, "
                    + (pool.size() - tune.size()) + " of the training files (blind sets " + Tagger.BLIND_SETS + " left out):");
            NeighbourCrossValidation.Result base = NeighbourCrossValidation.run(rules, pool, null, 10);
            System.out.println(NeighbourCrossValidation.format(base));
            // the model before the training files, on the same folds of the tune sets (passage i in fold i mod 10 either way)
            NeighbourCrossValidation.Result before = NeighbourCrossValidation.run(rules, tune, NeighbourParams.FOURTH_ROUND, 10);
            System.out.println("without the training files, " + NeighbourCrossValidation.format(before));
            List<NeighbourCrossValidation.Result> results = new ArrayList<>();
            for (boolean sameLanguage : List.of(true, false)) {
                for (int k : List.of(3, 5, 7, 10)) {
                    for (double min : List.of(0.3, 0.4, 0.5, 0.6, 0.7)) {
                        results.add(print(base, NeighbourCrossValidation.run(rules, pool,
                                new NeighbourParams(k, min, sameLanguage, NeighbourParams.DEFAULT.prefix()), 10)));
                    }
                }
            }
            NeighbourCrossValidation.Result first = NeighbourCrossValidation.choose(results, base, before);
            if (first != null) {
                NeighbourParams p = first.params();
                for (int prefix : List.of(5, 6, 7)) {
                    for (double[] signature : new double[][] {{3, 0.6}, {2, 0.6}, {5, 0.6}, {3, 0.5}, {3, 0.7}, {3, 0.8}, {1, 0}}) {
                        NeighbourParams q = new NeighbourParams(p.k(), p.minScore(), p.sameLanguage(), prefix, (int) signature[0], signature[1]);
                        if (!q.equals(p)) {
                            results.add(print(base, NeighbourCrossValidation.run(rules, pool, q, 10)));
                        }
                    }
                }
            }
            NeighbourCrossValidation.Result chosen = NeighbourCrossValidation.choose(results, base, before);
            if (chosen == null) {
                System.out.println("no setting adds tags at precision >= 0.90 and keeps the tune sets at P >= 0.90 and R >= "
                        + before.pool(false).recall());
                return 0;
            }
            EvaluationReport.Score added = NeighbourCrossValidation.added(chosen, base);
            System.out.printf(java.util.Locale.ROOT, "chosen %s%n  adds %d right and %d wrong tags to the rules (precision %.3f);"
                    + " default now %s; per set:%n", NeighbourCrossValidation.format(chosen), added.truePositives(),
                    added.falsePositives(), added.precision(), NeighbourParams.DEFAULT);
            chosen.sets().forEach((set, score) -> System.out.printf(java.util.Locale.ROOT,
                    "  %-10s rules %.3f / %.3f   without training files %s   with neighbours %.3f / %.3f%n",
                    set, base.sets().get(set).precision(), base.sets().get(set).recall(),
                    before.sets().containsKey(set) ? String.format(java.util.Locale.ROOT, "%.3f / %.3f",
                            before.sets().get(set).precision(), before.sets().get(set).recall()) : "  -  ",
                    score.precision(), score.recall()));
            return 0;
        }

        /**
         * The second learner's choice (issue #10, seventh round): the grid below, fixed with the adoption rule
         * ({@link LearnerCrossValidation#choose}) before any of it was scored, each setting on top of the rules and
         * the shipped neighbours, both trained per fold on the other folds; never a blind set.
         */
        private static int crossValidateLearner(Taxonomy taxonomy) {
            Tagger rules = Tagger.loadRulesOnly(taxonomy);
            List<LabelledPassage> pool = Tagger.trainingPassages();
            System.out.println("10-fold cross-validation of the learner on " + pool.size() + " passages (blind sets "
                    + Tagger.BLIND_SETS + " left out):");
            NeighbourCrossValidation.Result base = NeighbourCrossValidation.run(rules, pool, null, 10);
            System.out.println(NeighbourCrossValidation.format(base));
            NeighbourCrossValidation.Result without = NeighbourCrossValidation.run(rules, pool, NeighbourParams.DEFAULT, 10);
            System.out.println("without the learner, " + NeighbourCrossValidation.format(without));
            List<Double> thresholds = List.of(0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
            List<LearnerCrossValidation.Result> results = new ArrayList<>();
            for (int prefix : List.of(7, 5)) {
                for (boolean bigrams : List.of(false, true)) {
                    for (boolean idf : List.of(true, false)) {
                        for (double c : List.of(2.0, 8.0, 32.0)) {
                            for (LearnerCrossValidation.Result r : LearnerCrossValidation.run(rules, pool, NeighbourParams.DEFAULT,
                                    new LearnerParams(prefix, bigrams, idf, c, 0.5), thresholds, 10)) {
                                System.out.println(LearnerCrossValidation.format(r, without));
                                results.add(r);
                            }
                        }
                    }
                }
            }
            LearnerCrossValidation.Result chosen = LearnerCrossValidation.choose(results, without);
            if (chosen == null) {
                System.out.printf(Locale.ROOT, "no setting adds tags at precision >= %.2f and keeps the tune sets at P >= %.2f and R >= %.3f:"
                        + " the learner stays off (shipped: %s)%n", LearnerCrossValidation.ADDED_PRECISION, LearnerCrossValidation.TUNE_PRECISION,
                        without.pool(false).recall(), LearnerParams.ADOPTED);
                return 0;
            }
            System.out.printf(Locale.ROOT, "chosen %s%n  %s; shipped: %s; per set:%n", chosen.params(),
                    LearnerCrossValidation.format(chosen, without), LearnerParams.ADOPTED);
            chosen.scores().sets().forEach((set, score) -> System.out.printf(Locale.ROOT,
                    "  %-10s rules %.3f / %.3f   rules + neighbours %.3f / %.3f   with the learner %.3f / %.3f%n", set,
                    base.sets().get(set).precision(), base.sets().get(set).recall(), without.sets().get(set).precision(),
                    without.sets().get(set).recall(), score.precision(), score.recall()));
            return 0;
        }

        private static NeighbourCrossValidation.Result print(NeighbourCrossValidation.Result rules, NeighbourCrossValidation.Result r) {
            EvaluationReport.Score added = NeighbourCrossValidation.added(r, rules);
            System.out.printf(java.util.Locale.ROOT, "%s | adds %d/%d P %.3f%n", NeighbourCrossValidation.format(r),
                    added.truePositives(), added.falsePositives(), added.precision());
            return r;
        }

        /** The Arabic, Chinese and Russian passages (issue #13): the whole report, then each set by language. */
        private static void printUnLanguages(Tagger tagger) {
            List<LabelledPassage> passages = TaggingEvaluation.loadUnLanguages();
            System.out.println("Arabic, Chinese and Russian passages (" + TaggingEvaluation.UN_LANGUAGES_RESOURCE + "):");
            System.out.println(TaggingEvaluation.run(tagger, passages).format());
            for (String set : passages.stream().map(LabelledPassage::set).distinct().toList()) {
                EvaluationReport r = TaggingEvaluation.run(tagger, passages.stream().filter(p -> p.set().equals(set)).toList());
                System.out.printf(Locale.ROOT, "Set '%s' by language:%n", set);
                r.languages().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> System.out.printf(Locale.ROOT,
                        "  %-4s TP %3d  FP %3d  FN %3d  precision %.3f  recall %.3f%n", e.getKey(), e.getValue().truePositives(),
                        e.getValue().falsePositives(), e.getValue().falseNegatives(), e.getValue().precision(),
                        e.getValue().recall()));
            }
            System.out.println();
        }

        /** The reviewers' decisions as labelled data (curation database and index of this data folder). */
        private int curated(Taxonomy taxonomy, Tagger tagger) throws Exception {
            try (DatabaseOptions.Opened db = DatabaseOptions.fromEnvironment().open(solr.dataDir());
                    org.mycroft.core.solr.SolrConnection connection = org.mycroft.core.solr.SolrConnection.open(solr.settings())) {
                var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(db.dataSource());
                var decisions = new org.mycroft.curation.tags.TagDecisionRepository(jdbc);
                var score = org.mycroft.curation.tags.CuratedBenchmark.run(tagger, decisions,
                        new org.mycroft.curation.tags.UnitTagApplier(connection.client(), decisions, taxonomy),
                        new org.mycroft.curation.cases.CaseRepository(jdbc));
                System.out.println(score.format());
            }
            return 0;
        }
}
}
