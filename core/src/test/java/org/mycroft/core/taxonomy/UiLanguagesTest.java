package org.mycroft.core.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The six UN languages come from languages.tsv, and every label file speaks all of them. */
class UiLanguagesTest {

    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private final Taxonomy t = Taxonomy.load();

    @Test
    void theSixUnLanguagesInTheUnOrder() {
        assertEquals(List.of("ar", "zh", "en", "fr", "ru", "es"), UiLanguages.codes());
        assertTrue(UiLanguages.rightToLeft("ar"));
        for (String code : List.of("zh", "en", "fr", "ru", "es", "he")) {
            assertFalse(UiLanguages.rightToLeft(code), code);
        }
        assertEquals("zh", UiLanguages.normalize("zh-Hans-CN"));
        assertEquals("ar", UiLanguages.normalize("AR_EG"));
        assertEquals("en", UiLanguages.normalize("de"));
        assertEquals("en", UiLanguages.normalize(null));
        assertEquals("ar, zh, en, fr, ru, es", UiLanguages.listed());
    }

    /** A label in Arabic, Chinese or Russian must not be a copy of the English one (no Latin letters at all). */
    @Test
    void labelsInArabicChineseAndRussianAreTranslations() {
        for (String lang : List.of("ar", "zh", "ru")) {
            for (Instrument i : t.instruments()) {
                assertNoLatin(i.name(lang), i.id() + " " + lang);
                assertNoLatin(i.shortName(lang), i.id() + " short " + lang);
            }
            for (Article a : t.articles()) {
                assertNoLatin(a.title(lang), a.id() + " " + lang);
            }
            t.crimeTypes().forEach(c -> assertNoLatin(c.label(lang), c.id() + " " + lang));
            t.crossCutting().forEach(c -> assertNoLatin(c.label(lang), c.id() + " " + lang));
            t.regions().forEach(r -> assertNoLatin(r.label(lang), r.id() + " " + lang));
            t.docTypes().forEach(d -> assertNoLatin(t.label("doc_type", d, lang), d + " " + lang));
            t.docTypes().forEach(d -> assertNoLatin(t.docTypePluralLabel(d, lang), d + " plural " + lang));
            t.countries().all().forEach(c -> assertNoLatin(c.name(lang), c.iso3() + " " + lang));
            t.languages(lang).forEach((code, name) -> assertNoLatin(name, code + " " + lang));
        }
    }

    @Test
    void articleLabelsFollowEachLanguage() {
        assertEquals("有组织犯罪公约第18(13)条 — 司法协助", t.label("articles", "UNTOC-18.13", "zh"));
        assertEquals("Конвенция против организованной преступности, ст. 18 — Взаимная правовая помощь",
                t.label("articles", "UNTOC-18", "ru"));
        assertEquals("اتفاقية الجريمة المنظمة، المادة 5 — تجريم المشاركة في جماعة إجرامية منظمة",
                t.label("articles", "UNTOC-5", "ar"));
        assertEquals("UNTOC art. 18 — Mutual legal assistance", t.label("articles", "UNTOC-18", "en"));
    }

    @Test
    void statesCarryTheirUnNamesAndResolveFromThem() {
        Countries countries = t.countries();
        assertEquals("Российская Федерация", countries.byIso3("RUS").orElseThrow().name("ru"));
        assertEquals("大不列颠及北爱尔兰联合王国", countries.byIso3("GBR").orElseThrow().name("zh"));
        assertEquals("الجمهورية العربية السورية", countries.byIso3("SYR").orElseThrow().name("ar"));
        assertEquals("FRA", countries.resolve("Франция").orElseThrow().iso3());
        assertEquals("CHN", countries.resolve("中国").orElseThrow().iso3());
        assertEquals("EGY", countries.resolve("مصر").orElseThrow().iso3());
        assertEquals("RUS", countries.resolve("Россия").orElseThrow().iso3());
        assertEquals("COD", countries.resolve("刚果民主共和国").orElseThrow().iso3());
        assertEquals("COG", countries.resolve("刚果").orElseThrow().iso3());
    }

    private static void assertNoLatin(String text, String what) {
        assertFalse(text == null || text.isBlank(), what + " is empty");
        assertFalse(LATIN.matcher(text).find(), what + " has Latin letters: " + text);
    }
}
