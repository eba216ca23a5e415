package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/** The second learner: it learns what it is shown, refuses to learn from nothing, and is the same every time. */
class TagLearnerTest {

    private static final LearnerParams TOY = new LearnerParams(7, false, true, 8, 0.5);

    private static LabelledPassage passage(String id, String text, List<String> crime, List<String> cross) {
        return new LabelledPassage(id, "dev", "en", "legislation", false, text, List.of(), crime, cross, "");
    }

    /** Two tags, each with its own words, and untagged passages in other words: linearly separable. */
    private static List<LabelledPassage> separable() {
        List<LabelledPassage> out = new ArrayList<>();
        String[] objects = {"money", "property", "funds", "assets", "proceeds", "securities"};
        for (int i = 0; i < objects.length; i++) {
            out.add(passage("ml-" + i, "Whoever launders " + objects[i] + " derived from crime shall be imprisoned.",
                    List.of("money-laundering"), List.of()));
            out.add(passage("mla-" + i, "The Minister may grant a foreign request for assistance about " + objects[i] + " abroad.",
                    List.of(), List.of("mutual-legal-assistance")));
            out.add(passage("none-" + i, "The Registrar shall publish " + objects[i] + " tables yearly in the Gazette.",
                    List.of(), List.of()));
        }
        return out;
    }

    @Test
    void learnsASeparableSetAndReadsUnseenTextsOfEachKind() {
        TagLearner learner = TagLearner.train(separable(), TOY);
        assertThat(learner.tags()).containsExactly("money-laundering", "mutual-legal-assistance");
        assertThat(learner.suggest("Any person who launders vehicles derived from crime is guilty.", t -> false))
                .containsOnlyKeys("money-laundering");
        assertThat(learner.suggest("A foreign request for assistance may be granted by the Minister.", t -> false))
                .containsOnlyKeys("mutual-legal-assistance");
        assertThat(learner.suggest("The Registrar shall publish the tables in the Gazette.", t -> false)).isEmpty();
        assertThat(learner.probabilities("Whoever launders money derived from crime shall be imprisoned.").get("money-laundering"))
                .isGreaterThan(learner.probabilities("The Registrar shall publish money tables yearly.").get("money-laundering"));
    }

    @Test
    void aKnownTagIsNotSuggestedAndTheThresholdDecides() {
        TagLearner learner = TagLearner.train(separable(), TOY);
        String text = "Whoever launders funds derived from crime shall be imprisoned.";
        assertThat(learner.suggest(text, "money-laundering"::equals)).isEmpty();
        double p = learner.probabilities(text).get("money-laundering");
        assertThat(learner.withThreshold(Math.min(1, p + 0.01)).suggest(text, t -> false)).isEmpty();
        assertThat(learner.withThreshold(p).suggest(text, t -> false)).containsEntry("money-laundering", p);
    }

    @Test
    void refusesToLearnFromNothingAndSaysWhy() {
        assertThatThrownBy(() -> TagLearner.train(List.of(), TOY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no judged passage");
        List<LabelledPassage> few = separable().subList(0, 6); // two passages per tag: fewer than MIN_POSITIVES
        assertThatThrownBy(() -> TagLearner.train(few, TOY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no tag is carried by " + TagLearner.MIN_POSITIVES);
        assertThatThrownBy(() -> new LearnerParams(7, false, true, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LearnerParams(7, false, true, 1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TagLearner.train(separable(), TOY).probabilities("  ")).isEmpty();
    }

    @Test
    void theSamePassagesGiveTheSameModelWhateverTheirOrder() {
        List<LabelledPassage> reversed = new ArrayList<>(separable());
        java.util.Collections.reverse(reversed);
        String text = "The Minister may launder a foreign request about money.";
        for (LearnerParams p : List.of(TOY, new LearnerParams(5, true, false, 2, 0.5))) {
            assertThat(TagLearner.train(separable(), p).probabilities(text)).isEqualTo(TagLearner.train(separable(), p).probabilities(text));
            TagLearner.train(reversed, p).probabilities(text).forEach((tag, prob) ->
                    assertThat(prob).isCloseTo(TagLearner.train(separable(), p).probabilities(text).get(tag),
                            org.assertj.core.data.Offset.offset(1e-6)));
        }
    }

    @Test
    void theTaggerAddsALearntTagWithItsArticleAndEvidence() {
        Taxonomy taxonomy = Taxonomy.load();
        // a verb no rule knows: only the learner, which saw it in the passages, can read it
        List<LabelledPassage> shown = separable().stream().map(p -> new LabelledPassage(p.id(), p.set(), p.language(), p.docType(),
                false, p.text().replace("launders", "florbs"), p.articles(), p.crimeTypes(), p.crossCutting(), "")).toList();
        Tagger tagger = Tagger.loadRulesOnly(taxonomy).withLearner(TagLearner.train(shown, TOY));
        String text = "Whoever florbs vehicles derived from crime shall be imprisoned.";
        TagResult r = tagger.tag(text, new TaggingContext("legislation", "en", false));
        assertThat(r.crimeTypes()).contains("money-laundering");
        assertThat(r.articles()).contains("UNTOC-6");
        assertThat(r.evidence()).anyMatch(e -> e.tag().equals("money-laundering") && e.rule().equals(TagLearner.RULE) && e.start() == -1
                && e.text().startsWith("learnt from the judged passages (probability "));
        assertThat(Tagger.loadRulesOnly(taxonomy).tag(text, new TaggingContext("legislation", "en", false)).evidence())
                .noneMatch(e -> e.rule().equals(TagLearner.RULE));
    }

    /** A training passage, and the shipped rules with the shipped layers trained on every other non-blind passage. */
    private record LeftOut(LabelledPassage passage, Tagger without, Tagger with) {

        static LeftOut of(String id) {
            List<LabelledPassage> pool = Tagger.trainingPassages();
            LabelledPassage p = pool.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            List<LabelledPassage> others = pool.stream().filter(x -> x != p).toList();
            Tagger with = Tagger.withTrainedLayers(Tagger.loadRulesOnly(Taxonomy.load()), others);
            return new LeftOut(p, with.withLearner(null), with);
        }

        TagResult tag(Tagger t) {
            return t.tag(passage.text(), passage.context());
        }
    }

    /**
     * Real wording the learner reads and the rules and neighbours miss, each passage left out of what both
     * layers learn from (as in the cross-validation): the BES islands' clause on offences abroad against a
     * Dutch resident ("De strafwet … is toepasselijk op ieder die zich buiten deze openbare lichamen schuldig
     * maakt aan een misdrijf gericht tegen een Nederlander") is jurisdiction; an Ecuador-style association of
     * "dos o más personas … con el fin de cometer delitos" is participation in an organised criminal group
     * without its name; a request for "the expeditious preservation of data stored by means of a computer
     * system" is electronic evidence (issue #10: jurisdiction clauses, electronic evidence, constructions
     * without a noun).
     */
    @Test
    void theShippedLearnerReadsRealWordingTheRulesAndNeighboursMiss() {
        for (String[] c : new String[][] {{"nl-t-167", "jurisdiction"}, {"es-t-002", "participation-ocg"},
                {"en-t-137", "electronic-evidence"}}) {
            LeftOut left = LeftOut.of(c[0]);
            TagResult without = left.tag(left.without());
            assertThat(without.crimeTypes()).as(c[0]).doesNotContain(c[1]);
            assertThat(without.crossCutting()).as(c[0]).doesNotContain(c[1]);
            TagResult with = left.tag(left.with());
            assertThat(with.crimeTypes().contains(c[1]) || with.crossCutting().contains(c[1])).as(c[0] + " " + with).isTrue();
            assertThat(with.evidence()).anyMatch(e -> e.tag().equals(c[1]) && e.rule().equals(TagLearner.RULE));
        }
    }

    /**
     * Traps it must leave alone: a Peru-style venue rule ("Es competente … el juez del lugar donde se
     * cometió el hecho … jurisdicción territorial") is domestic competence, not jurisdiction over offences
     * abroad; Panama-style aggravated theft "por dos o más personas que formen parte de una banda u
     * organización" names an organised group only as an aggravation. Neither carries a tag.
     */
    @Test
    void theShippedLearnerLeavesADomesticVenueRuleAndAnAggravatingGangAlone() {
        for (String id : List.of("es-t-087", "es-t-029")) {
            LeftOut left = LeftOut.of(id);
            assertThat(left.passage().crimeTypes()).isEmpty();
            assertThat(left.passage().crossCutting()).isEmpty();
            TagResult with = left.tag(left.with());
            assertThat(with.crimeTypes()).as(id).isEmpty();
            assertThat(with.crossCutting()).as(id).isEmpty();
            assertThat(with.evidence()).as(id).noneMatch(e -> e.rule().equals(TagLearner.RULE));
        }
    }
}
