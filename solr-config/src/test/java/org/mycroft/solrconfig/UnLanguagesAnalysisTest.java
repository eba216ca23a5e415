package org.mycroft.solrconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arabic, Chinese and Russian in the shipped configset: a query finds the inflected forms (Arabic
 * light stemming and normalisation, Russian Snowball stemming) and the Chinese segmenter cuts text
 * and query into the same words. Each assertion fails if the field type is missing or analyses as
 * the general analyser would.
 */
class UnLanguagesAnalysisTest {

    private static final String CORE = "mycroft";
    private static final String QF = "title text_en text_ar text_zh text_ru text_general";

    @TempDir
    static Path home;

    private static CoreContainer container;
    private static EmbeddedSolrServer solr;

    @BeforeAll
    static void startSolrAndIndex() throws Exception {
        Files.writeString(home.resolve("solr.xml"), "<solr></solr>\n");
        Configset.copyTo(home.resolve("configsets").resolve(Configset.NAME));
        container = CoreContainer.createAndLoad(home);
        container.create(CORE, Map.of("configSet", Configset.NAME));
        solr = new EmbeddedSolrServer(container, CORE);
        List<SolrInputDocument> docs = new ArrayList<>();
        docs.add(doc("ar-ml", "text_ar", "يعاقب كل من يرتكب جريمة غسل الأموال المتحصلة من جناية أو جنحة."));
        docs.add(doc("ar-tip", "text_ar", "يُعدّ مرتكبًا لجريمة الاتجار بالأشخاص كل من يستخدم شخصًا طبيعيًا بقصد الاستغلال."));
        docs.add(doc("ar-mla", "text_ar", "تقدم السلطة المركزية المساعدة القانونية المتبادلة إلى الدول الأطراف."));
        docs.add(doc("zh-ml", "text_zh", "明知是毒品犯罪的所得及其产生的收益，为掩饰、隐瞒其来源和性质而提供资金账户的，构成洗钱罪。"));
        docs.add(doc("zh-tip", "text_zh", "以出卖为目的，拐卖妇女、儿童的，处五年以上十年以下有期徒刑。"));
        docs.add(doc("zh-ext", "text_zh", "外国向中华人民共和国提出的引渡请求，应当由外交部接收。"));
        docs.add(doc("ru-ml", "text_ru", "Легализация (отмывание) денежных средств, приобретенных другими лицами преступным путем, наказывается штрафом."));
        docs.add(doc("ru-tip", "text_ru", "Торговля людьми, то есть купля-продажа человека, наказывается лишением свободы."));
        docs.add(doc("ru-ext", "text_ru", "Выдача лица иностранному государству осуществляется на основе международного договора."));
        docs.add(doc("en-ml", "text_en", "A person commits an offence if he engages in money-laundering."));
        solr.add(docs);
        solr.commit();
    }

    @AfterAll
    static void stopSolr() throws IOException {
        if (solr != null) {
            solr.close();
        } else if (container != null) {
            container.shutdown();
        }
    }

    private static SolrInputDocument doc(String id, String field, String text) {
        SolrInputDocument d = new SolrInputDocument();
        d.addField("id", id);
        d.addField("doc_type", "legislation");
        d.addField("language", id.substring(0, 2));
        d.addField("title", id);
        d.addField(field, text);
        return d;
    }

    private static Set<String> ids(String q) throws SolrServerException, IOException {
        SolrQuery query = new SolrQuery(q);
        query.set("defType", "edismax");
        query.set("qf", QF);
        query.set("sow", "false");
        query.set("mm", "2<-1 5<80%");
        query.setRows(100);
        QueryResponse response = solr.query(query);
        return response.getResults().stream().map(d -> (String) d.getFieldValue("id"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> terms(String fieldType, String text) throws IOException {
        try (SolrCore core = container.getCore(CORE)) {
            Analyzer analyzer = core.getLatestSchema().getFieldTypeByName(fieldType).getIndexAnalyzer();
            List<String> out = new ArrayList<>();
            try (TokenStream ts = analyzer.tokenStream("f", text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    out.add(term.toString());
                }
                ts.end();
            }
            return out;
        }
    }

    // ------------------------------------------------------------------------------- Arabic

    @Test
    void arabicNormalisationAndLightStemmingJoinForms() throws Exception {
        // The definite article goes and hamza on alef is normalised: الأموال, أموال and اموال meet.
        assertEquals(terms("text_ar", "أموال"), terms("text_ar", "الأموال"));
        assertEquals(terms("text_ar", "اموال"), terms("text_ar", "الأموال"));
        // Teh marbuta and diacritics: "جريمة" as written with and without vowel marks.
        assertEquals(terms("text_ar", "جريمة"), terms("text_ar", "جَرِيمَة"));
        // The conjunction wa- and the plural suffix go with the light stemmer.
        assertEquals(terms("text_ar", "الدول"), terms("text_ar", "والدول"));
        assertTrue(terms("text_ar", "في غسل الأموال").size() == 2, "في is a stop word");
        assertEquals(Set.of("ar-ml"), ids("غسل أموال"));
        assertEquals(Set.of("ar-ml"), ids("وغسل الاموال"));
        assertEquals(Set.of("ar-tip"), ids("الاتجار بالأشخاص"));
        assertEquals(Set.of("ar-mla"), ids("مساعدة قانونية متبادلة"));
    }

    // ------------------------------------------------------------------------------- Chinese

    @Test
    void chineseIsSegmentedIntoWordsNotCharacters() throws Exception {
        List<String> words = terms("text_zh", "构成洗钱罪的犯罪所得");
        assertTrue(words.contains("洗钱"), "洗钱 is one word: " + words);
        assertFalse(words.contains("的"), "的 is a stop word: " + words);
        assertTrue(words.stream().anyMatch(w -> w.length() > 1), "words, not single characters: " + words);
        assertEquals(Set.of("zh-ml"), ids("洗钱"));
        assertEquals(Set.of("zh-ml"), ids("毒品犯罪"));
        assertEquals(Set.of("zh-ml"), ids("洗钱罪"));
        assertEquals(Set.of("zh-tip"), ids("拐卖妇女"));
        assertEquals(Set.of("zh-ext"), ids("引渡请求"));
        // Full-width Latin letters fold to ASCII.
        assertEquals(List.of("un"), terms("text_zh", "ＵＮ"));
    }

    /** Segmented words, not characters: "钱" alone is not the word 洗钱, so it finds nothing. */
    @Test
    void aSingleCharacterDoesNotMatchInsideAWord() throws Exception {
        assertFalse(ids("钱").contains("zh-ml"));
    }

    // ------------------------------------------------------------------------------- Russian

    @Test
    void russianStemmingJoinsCasesAndNumbers() throws Exception {
        assertEquals(terms("text_ru", "отмывание"), terms("text_ru", "отмывания"));
        assertEquals(terms("text_ru", "отмывание"), terms("text_ru", "отмыванию"));
        assertEquals(terms("text_ru", "выдача"), terms("text_ru", "выдачи"));
        assertEquals(terms("text_ru", "приобретённых"), terms("text_ru", "приобретенных"), "ё is е");
        assertEquals(Set.of("ru-ml"), ids("отмыванию денежных средств"));
        assertEquals(Set.of("ru-tip"), ids("торговлей людьми"));
        assertEquals(Set.of("ru-ext"), ids("выдачи лиц"));
    }

    /** The catch-all text_all gets the new fields too (copyField), so a search of every text sees them. */
    @Test
    void theCatchAllFieldHoldsTheNewLanguages() throws Exception {
        for (String[] probe : new String[][] {{"洗钱", "zh-ml"}, {"الأموال", "ar-ml"}, {"выдача", "ru-ext"}}) {
            SolrQuery query = new SolrQuery(probe[0]);
            query.set("defType", "edismax");
            query.set("qf", "text_all");
            QueryResponse response = solr.query(query);
            assertNotNull(response.getResults());
            assertTrue(response.getResults().stream().anyMatch(d -> probe[1].equals(d.getFieldValue("id"))), probe[0]);
        }
    }
}
