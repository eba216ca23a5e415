package org.mycroft.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private static final LanguageGuesser GUESSER = new LanguageGuesser();

    private static final String EN = "Each State Party shall adopt such legislative and other measures as may be necessary "
            + "to establish as criminal offences the conduct set forth in this article, when committed intentionally.";
    private static final String FR = "Chaque État Partie adopte les mesures législatives et autres nécessaires pour conférer "
            + "le caractère d'infraction pénale aux actes énoncés au présent article, lorsqu'ils ont été commis intentionnellement.";
    private static final String ES = "Cada Estado Parte adoptará las medidas legislativas y de otra índole que sean necesarias "
            + "para tipificar como delito los actos enunciados en el presente artículo, cuando se cometan intencionalmente.";
    private static final String NL = "Iedere Staat die partij is, neemt de wetgevende en andere maatregelen die nodig zijn "
            + "om de in dit artikel genoemde gedragingen, wanneer opzettelijk gepleegd, strafbaar te stellen.";
    private static final String DE = "Jeder Vertragsstaat trifft die gesetzgeberischen und sonstigen Maßnahmen, die "
            + "erforderlich sind, um die in diesem Artikel genannten Handlungen, wenn vorsätzlich begangen, als Straftaten zu umschreiben.";

    @Test
    void tellsTheLanguagesOfTheConvention() {
        assertThat(GUESSER.guess(EN)).contains("en");
        assertThat(GUESSER.guess(FR)).contains("fr");
        assertThat(GUESSER.guess(ES)).contains("es");
        assertThat(GUESSER.guess(NL)).contains("nl");
    }

    /** The other three UN languages, as a provision states them, each on its own. */
    @Test
    void tellsArabicChineseAndRussianProvisionByProvision() {
        assertThat(GUESSER.guess("تعتمد كل دولة طرف ما قد يلزم من تدابير تشريعية وتدابير أخرى لتجريم الأفعال التالية جنائيا عندما ترتكب عمدا."))
                .contains("ar");
        assertThat(GUESSER.guess("各缔约国均应采取必要的立法和其他措施，将下列故意行为规定为刑事犯罪。")).contains("zh");
        assertThat(GUESSER.guess("外国向中华人民共和国提出的引渡请求，应当由外交部接收。")).contains("zh");
        assertThat(GUESSER.guess("Каждое Государство-участник принимает такие законодательные и другие меры, какие могут"
                + " потребоваться, с тем чтобы признать в качестве уголовно наказуемых деяний следующие деяния.")).contains("ru");
        assertThat(GUESSER.guessAmong("洗钱罪是指明知是毒品犯罪的所得及其产生的收益而掩饰其来源和性质的行为。", Set.of("zh", "en")))
                .contains("zh");
        assertThat(GUESSER.guess("第五条")).isEmpty();
    }

    @Test
    void tooShortATextHasNoLanguage() {
        assertThat(GUESSER.guess("Article 5")).isEmpty();
        assertThat(GUESSER.guess("   ")).isEmpty();
        assertThat(GUESSER.guess(null)).isEmpty();
    }

    @Test
    void amongTheLanguagesOfABilingualLawAnswersOneOfThemOrNothing() {
        Set<String> bilingual = Set.of("en", "nl");
        assertThat(GUESSER.guessAmong(NL, bilingual)).contains("nl");
        assertThat(GUESSER.guessAmong(EN, bilingual)).contains("en");
        Optional<String> german = GUESSER.guessAmong(DE, bilingual);
        assertThat(german.orElse("en")).isIn("en", "nl");
    }

    @Test
    void parallelWorkersEachGetTheRightAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<String>>> answers = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = List.of(EN, FR, ES, NL).get(i % 4);
                expected.add(List.of("en", "fr", "es", "nl").get(i % 4));
                answers.add(pool.submit(() -> GUESSER.guess(text)));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).contains(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
