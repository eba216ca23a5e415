package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Phrase matching in Chinese, Arabic and Russian on the tokens the tagger makes (issue #13), and
 * the Latin-script tokens left as they were.
 */
class UnScriptMatchingTest {

    /** The passages' text spans the phrase matches, in order. */
    private static List<String> matches(String phrase, String text) {
        TokenTrie<String> trie = new TokenTrie<>();
        trie.addPhrase(phrase, phrase);
        NormalizedText nt = new NormalizedText(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nt.tokenCount; i++) {
            trie.matchAt(nt, i, nt.tokenCount, null, (s, e, v) ->
                    out.add(text.substring(nt.tokenOrigStart(s), nt.tokenOrigEnd(e - 1))));
        }
        return out;
    }

    // ---------------------------------------------------------------------------- Chinese

    @Test
    void aPhraseMatchesInsideRunningTextWithoutSpaces() {
        assertThat(matches("贩运人口", "为了预防和打击贩运人口犯罪，保护被害人的合法权益，制定本法。"))
                .containsExactly("贩运人口");
        assertThat(matches("洗钱", "单位犯洗钱罪的，对单位判处罚金。")).containsExactly("洗钱");
        assertThat(matches("{引渡|司法协助}", "请求国可以通过外交途径提出引渡请求或者刑事司法协助请求。"))
                .containsExactly("引渡", "司法协助");
    }

    @Test
    void aPhraseDoesNotRunAcrossPunctuation() {
        // 洗 ends one clause, 钱 starts the next: not "money laundering".
        assertThat(matches("洗钱", "将赃物清洗，钱款存入银行。")).isEmpty();
        assertThat(matches("贩运人口", "走私、贩运、人口买卖")).isEmpty();
        assertThat(matches("司法协助", "司法（协助）")).isEmpty();
    }

    @Test
    void aPhraseWithPunctuationBetweenHanCharactersMatchesTheSamePunctuation() {
        // The Protocol's Chinese name is a stop-phrase; its 、 must not keep it from matching.
        String name = "关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书";
        assertThat(matches(name, "《" + name + "》第五条")).hasSize(1);
        assertThat(matches("预防、禁止", "预防，禁止")).hasSize(1);
        assertThat(matches("预防禁止", "预防、禁止")).isEmpty();
    }

    @Test
    void aLineBreakInsideAWordDoesNotStopTheMatch() {
        // Extracted PDF text breaks Chinese lines anywhere, even inside a word.
        assertThat(matches("偷运移民", "打击偷运\n移民的议定书")).containsExactly("偷运\n移民");
    }

    @Test
    void everyHanCharacterIsATokenAndFullWidthFormsAreFolded() {
        NormalizedText nt = new NormalizedText("第１８条　洗钱罪；没收。");
        assertThat(nt.tokens).containsExactly("第", "18", "条", "洗", "钱", "罪", "没", "收");
        assertThat(nt.sentence[nt.tokenCount - 1]).as("； ends a sentence").isEqualTo(1);
    }

    @Test
    void aPhraseOfHanCharactersIsCutTheSameWay() {
        assertThat(PhraseSyntax.expand("跨国有组织犯罪").get(0)).extracting(PhraseSyntax.Tok::text)
                .containsExactly("跨", "国", "有", "组", "织", "犯", "罪");
    }

    // ---------------------------------------------------------------------------- Arabic

    @Test
    void attachedConjunctionsPrepositionsAndTheArticleAreRead() {
        String phrase = "الاتجار بالأشخاص";
        assertThat(matches(phrase, "يعاقب على الاتجار بالأشخاص")).hasSize(1);
        assertThat(matches(phrase, "مكافحة جريمة اتجار بالأشخاص")).hasSize(1);
        assertThat(matches(phrase, "ضحايا الاتجار بأشخاص")).hasSize(1);
        assertThat(matches(phrase, "والاتجار بالأشخاص")).hasSize(1);
        assertThat(matches(phrase, "للاتجار بالأشخاص")).hasSize(1);
        assertThat(matches(phrase, "وبالاتجار بالأشخاص")).hasSize(1);
        assertThat(matches("غسل الأموال", "يعاقب كل من ارتكب جريمة بغسل الأموال أو فغسل الأموال")).hasSize(2);
        assertThat(matches("غسل الأموال", "مكافحة غسل أموال متحصلة من جريمة")).hasSize(1);
        assertThat(matches("تسليم المجرمين", "طلبات التسليم ولتسليم المجرمين")).hasSize(1);
    }

    @Test
    void hamzaAlefVariantsTaaMarbutaDiacriticsAndTatweelAreFolded() {
        assertThat(matches("الاتجار بالأشخاص", "الإتجار بالاشخاص")).hasSize(1);
        assertThat(matches("الاتجار بالأشخاص", "الاتِّجَارُ بِالأَشْخَاصِ")).hasSize(1);
        assertThat(matches("الاتجار بالأشخاص", "الاتجـــار بالأشخاص")).hasSize(1);
        assertThat(matches("المساعدة القانونية المتبادلة", "المساعده القانونيه المتبادله")).hasSize(1);
        assertThat(matches("جريمة منظمة", "جريمه منظمه")).hasSize(1);
        assertThat(matches("مستشفى", "مستشفي")).hasSize(1);
        // Presentation forms, as PDF extraction often gives them: ﺍﻟﺠﺮﻳﻤﺔ = الجريمة.
        assertThat(matches("الجريمة", "\ufe8d\ufedf\ufea0\ufeae\ufef3\ufee4\ufe94")).hasSize(1);
    }

    @Test
    void aWordWhoseFirstLetterIsPartOfItIsNotReducedOnThePhraseSide() {
        // فدية (ransom) is not دية (blood money), وثيقة is not ثيقة.
        assertThat(matches("فدية", "دفع الدية إلى أهل المجني عليه")).isEmpty();
        assertThat(matches("فدية", "بقصد طلب الفدية")).hasSize(1);
        assertThat(matches("فدية", "مقابل فدية")).hasSize(1);
    }

    @Test
    void aWordStartingWithTheLettersOfTheArticleStillMatches() {
        assertThat(matches("التزام", "الالتزام بالتعاون")).hasSize(1);
        assertThat(matches("التزام", "بالتزام الدولة")).hasSize(1);
    }

    @Test
    void arabicIndicDigitsAndTheArabicSemicolonAreRead() {
        NormalizedText nt = new NormalizedText("المادة ١٨؛ الفقرة ٣");
        assertThat(nt.tokens).contains("18", "3");
        assertThat(nt.sentence[nt.tokenCount - 1]).isEqualTo(1);
    }

    @Test
    void aFullStopBeforeAnArabicWordEndsTheSentence() {
        NormalizedText nt = new NormalizedText("يعاقب بالسجن. ولا يجوز");
        assertThat(nt.sentence[nt.tokenCount - 1]).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------- Russian

    @Test
    void stemsInPhrasesMatchTheInflectedForms() {
        String phrase = "торговл* людьми";
        assertThat(matches(phrase, "Торговля людьми наказывается")).hasSize(1);
        assertThat(matches(phrase, "жертвы торговли людьми")).hasSize(1);
        assertThat(matches(phrase, "в связи с торговлей людьми")).hasSize(1);
        assertThat(matches("незаконн* ввоз* мигрант*", "протокол против незаконного ввоза мигрантов")).hasSize(1);
        assertThat(matches("взаимн* правов* помощ*", "о взаимной правовой помощи по уголовным делам")).hasSize(1);
    }

    @Test
    void yoAndShortIAreFoldedOnBothSides() {
        assertThat(matches("отмыван* денег", "ОТМЫВАНИЕ ДЕНЕГ")).hasSize(1);
        assertThat(matches("учёт", "учет оружия")).hasSize(1);
        assertThat(matches("преступный", "преступныи")).hasSize(1);
    }

    @Test
    void aCapitalAfterAFullStopEndsTheSentence() {
        NormalizedText nt = new NormalizedText("наказывается лишением свободы. Выдача не допускается");
        assertThat(nt.sentence[nt.tokenCount - 1]).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------- LatinScriptsUnchanged

    /** The tokens before issue #13: maximal runs of letters and digits of the folded text, nothing else. */
    private static List<String> runs(String folded) {
        List<String> out = new ArrayList<>();
        for (String part : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    @Test
    void everyPassageOfTheEnFrEsNlSetIsTokenizedAsBefore() {
        int checked = 0;
        for (LabelledPassage p : TaggingEvaluation.loadDefault()) {
            NormalizedText nt = new NormalizedText(p.text());
            assertThat(List.of(nt.tokens)).as(p.id()).isEqualTo(runs(nt.folded));
            assertThat(nt.alternatives).as(p.id()).isNull();
            for (int i = 0; i < nt.tokenCount; i++) {
                assertThat(nt.barrierBefore(i)).as(p.id()).isFalse();
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void latinPhrasesMatchAsBefore() {
        assertThat(matches("money laundering", "Money-Laundering, and money  laundering")).hasSize(2);
        assertThat(matches("trafic d'armes à feu", "le trafic d’armes à feu")).hasSize(1);
        assertThat(matches("trata de personas", "TRATA DE PERSONAS")).hasSize(1);
        assertThat(matches("mensenhandel", "strafbaar als mensenhandel")).hasSize(1);
        // Punctuation between Latin words never stopped a phrase; it still does not.
        assertThat(matches("money laundering", "money, laundering")).hasSize(1);
        assertThat(matches("launder*", "laundered proceeds")).hasSize(1);
    }
}
