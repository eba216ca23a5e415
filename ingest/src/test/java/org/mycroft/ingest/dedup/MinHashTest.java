package org.mycroft.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String TEXT = """
            The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,
            recalling its decision on international cooperation, urges States parties to designate central
            authorities for mutual legal assistance, to use the Convention as a legal basis for extradition,
            and to provide the secretariat with copies of their laws and examples of cases of cooperation in
            the confiscation of proceeds of crime, including the sharing of confiscated assets.
            """.repeat(3);

    @Test
    void shinglesAreCountedOnceWhateverTheirRepeats() {
        long[] all = MinHash.shingles(TEXT);
        long sorted = java.util.Arrays.stream(all).distinct().count();
        assertThat(MinHash.of(TEXT).shingleCount()).as("the text repeats itself three times").isEqualTo((int) sorted)
                .isLessThan(all.length / 2);
        java.util.Random random = new java.util.Random(14);
        for (int n = 0; n < 200; n++) {
            long[] values = random.longs(random.nextInt(300), -5, 5).toArray(); // many repeats, zero among them
            assertThat(MinHash.distinct(values)).isEqualTo((int) java.util.Arrays.stream(values).distinct().count());
        }
    }

    @Test
    void layoutChangesDoNotChangeTheSignature() {
        String relaid = TEXT.replace("\n", "\n\n   - 12 -\n\f").replace("crime,", "crime,[3]").replace("  ", " ");
        assertThat(MinHash.of(relaid).jaccard(MinHash.of(TEXT))).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void differentTextsAreFarApart() {
        String other = "Every person who, for the purpose of concealing the origin of property, converts it knowing"
                + " that it is the proceeds of an offence commits money laundering and is liable to imprisonment."
                + " The court may order the forfeiture of any property used in or derived from the offence.";
        assertThat(MinHash.of(other).jaccard(MinHash.of(TEXT))).isLessThan(0.3);
    }

    @Test
    void aTextInsideALongerOneIsContainedInIt() {
        StringBuilder longer = new StringBuilder("Report of the Conference on its third session. ");
        for (int i = 0; i < 60; i++) {
            longer.append("Item ").append((char) ('a' + i % 26)).append(i / 26).append(" on the agenda concerned topic ")
                    .append(Integer.toString(i * 7919, 36)).append(" and was discussed by delegation ")
                    .append(Integer.toString(i * 104729, 36)).append(". ");
        }
        longer.append(TEXT);
        MinHash part = MinHash.of(TEXT);
        MinHash whole = MinHash.of(longer.toString());
        assertThat(part.containedIn(whole)).isGreaterThanOrEqualTo(NearDuplicateFinder.CONTAINED);
        assertThat(whole.containedIn(part)).isLessThan(0.7);
    }

    @Test
    void encodingRoundTrips() {
        MinHash hash = MinHash.of(TEXT);
        assertThat(MinHash.decode(hash.encode(), hash.shingleCount())).isEqualTo(hash);
        assertThat(hash.bandKeys()).hasSize(MinHash.HASHES / MinHash.ROWS_PER_BAND);
    }

    @Test
    void theSeedDecisionIsContainedInTheSessionReport() throws Exception {
        Path seeds = Path.of(System.getProperty("mycroft.shared.dir", "../../shared"), "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "../shared/seeds absent, skipping");
        MinHash report = MinHash.of(Files.readString(seeds.resolve("000_2d903fc417f28321.txt")));
        MinHash decision = MinHash.of(Files.readString(seeds.resolve("002_bf2f04bdd4d6d37c.txt")));
        MinHash otherReport = MinHash.of(Files.readString(seeds.resolve("004_8e92d88fbc210369.txt")));
        assertThat(decision.containedIn(report)).isGreaterThanOrEqualTo(NearDuplicateFinder.CONTAINED);
        assertThat(decision.containedIn(otherReport)).isLessThan(0.5);
    }
}
