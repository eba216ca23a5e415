package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mycroft.core.taxonomy.Taxonomy;

/**
 * The shipped Arabic, Chinese and Russian vocabulary on statute-style wording, its traps, and short
 * query strings as concept search gives them (issue #13).
 */
class UnLanguagesTaggerTest {

    private static Tagger tagger;

    @BeforeAll
    static void load() {
        tagger = Tagger.loadDefault(Taxonomy.load());
    }

    private static TagResult law(String text, String lang) {
        return tagger.tag(text, TaggingContext.legislation(lang));
    }

    /** Every tag a query names, in any family. */
    private static List<String> concepts(String query, String lang) {
        TagResult r = tagger.tag(query, TaggingContext.reference(lang));
        return java.util.stream.Stream.concat(r.crimeTypes().stream(), r.crossCutting().stream()).toList();
    }

    // ------------------------------------------------------------------------------------ Chinese

    @Test
    void chineseOffencesAreTaggedInsideRunningText() {
        assertThat(law("为谋取不正当商业利益，给予外国公职人员或者国际公共组织官员以财物的，依照前款的规定处罚。对外国公职人员行贿的，处三年以下有期徒刑。", "zh")
                .crimeTypes()).containsExactly("corruption");
        TagResult r = law("组织他人偷越国（边）境的，处二年以上七年以下有期徒刑，并处罚金。", "zh");
        assertThat(r.crimeTypes()).containsExactly("smuggling-of-migrants");
        assertThat(r.articles()).contains("SOM-6");
        assertThat(law("请求国应当通过外交途径向中华人民共和国外交部提出引渡请求。", "zh").crossCutting()).containsExactly("extradition");
    }

    @Test
    void chineseProtocolAndOfficeNamesGiveNoCrimeTag() {
        TagResult r = law("根据《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》，"
                + "联合国毒品和犯罪问题办公室提供了技术援助。", "zh");
        assertThat(r.crimeTypes()).isEmpty();
    }

    @Test
    void chineseCharactersAcrossPunctuationAreNoPhrase() {
        assertThat(law("行为人将赃物清洗，钱款存入其个人账户。", "zh").crimeTypes()).doesNotContain("money-laundering");
    }

    @Test
    void chineseSmuggledMigrantIsNotCriminalized() {
        TagResult r = law("移民不因其为本法所列偷运移民行为的对象而承担刑事责任。", "zh");
        assertThat(r.crimeTypes()).isEmpty();
        assertThat(r.articles()).containsExactly("SOM-5");
    }

    // ------------------------------------------------------------------------------------- Arabic

    @Test
    void arabicOffencesAreTaggedWithTheirClitics() {
        assertThat(law("يعاقب بالسجن المشدد كل من ارتكب جريمة الإتجار بالبشر أو شرع فيها.", "ar").crimeTypes())
                .containsExactly("trafficking-in-persons");
        assertThat(law("ويعاقب على الشروع في غسل الأموال بذات العقوبة المقررة للجريمة التامة.", "ar").crimeTypes())
                .containsExactly("money-laundering");
        TagResult r = law("وللمحكمة أن تقضي بمصادرة الأموال المتحصلة من الجريمة.", "ar");
        assertThat(r.crossCutting()).containsExactly("confiscation-asset-recovery");
        assertThat(law("لا يجوز تسليم المجرمين إذا كانت الجريمة سياسية.", "ar").crossCutting()).containsExactly("extradition");
    }

    @Test
    void arabicTrapsGiveNoTag() {
        // الدية (blood money) is not فدية (ransom); UNODC's name is not drug trafficking.
        assertThat(law("تلتزم العاقلة بدفع الدية إلى أولياء الدم.", "ar").crimeTypes()).isEmpty();
        assertThat(law("قدم مكتب الأمم المتحدة المعني بالمخدرات والجريمة المساعدة التقنية.", "ar").crimeTypes()).isEmpty();
        // التسليم المراقب is a special investigative technique, not extradition.
        TagResult r = law("يجوز للنيابة العامة أن تأذن بالتسليم المراقب للشحنات غير المشروعة.", "ar");
        assertThat(r.crossCutting()).containsExactly("special-investigative-techniques");
    }

    @Test
    void arabicSmuggledMigrantIsNotCriminalized() {
        TagResult r = law("لا يجوز أن يصبح المهاجرون عرضة للملاحقة الجنائية بسبب كونهم هدفا لجريمة تهريب المهاجرين.", "ar");
        assertThat(r.crimeTypes()).isEmpty();
        assertThat(r.articles()).containsExactly("SOM-5");
    }

    // ------------------------------------------------------------------------------------ Russian

    @Test
    void russianInflectedFormsAreTagged() {
        assertThat(law("Лицо, совершившее торговлю людьми, освобождается от ответственности, если оно добровольно "
                + "освободило потерпевшего.", "ru").crimeTypes()).contains("trafficking-in-persons");
        assertThat(law("Протокол против незаконного ввоза мигрантов по суше, морю и воздуху подписан. Организация "
                + "незаконной миграции наказывается лишением свободы.", "ru").crimeTypes()).containsExactly("smuggling-of-migrants");
        assertThat(law("Запрос о выдаче лица направляется Генеральной прокуратурой.", "ru").crossCutting()).contains("extradition");
        assertThat(law("Выдача лицензии на осуществление деятельности производится в течение месяца.", "ru").crossCutting())
                .doesNotContain("extradition");
    }

    @Test
    void russianAggravationIsNotParticipation() {
        assertThat(law("Кража, совершенная организованной группой, наказывается лишением свободы.", "ru").crimeTypes())
                .doesNotContain("participation-ocg");
        assertThat(law("Участие в преступном сообществе наказывается лишением свободы.", "ru").crimeTypes())
                .containsExactly("participation-ocg");
    }

    // ---------------------------------------------------------------------------------- citations

    @Test
    void arabicAndRussianCitationsOfTheConventionAreRead() {
        assertThat(law("تنفذ هذه الأحكام وفقا للمادة 18 من اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية.", "ar")
                .articles()).contains("UNTOC-18");
        assertThat(law("تعين وزارة العدل سلطة وفقا للفقرة 13 من المادة 18 من اتفاقية الأمم المتحدة لمكافحة الجريمة "
                + "المنظمة عبر الوطنية.", "ar").articles()).contains("UNTOC-18.13");
        assertThat(law("Запрос направляется в соответствии со статьей 16 Конвенции Организации Объединенных Наций против "
                + "транснациональной организованной преступности.", "ru").articles()).contains("UNTOC-16");
        // A law's own article is not the Convention's.
        assertThat(law("يعاقب على الجرائم المنصوص عليها في المادة 5 من هذا القانون.", "ar").articles()).isEmpty();
        assertThat(law("Лицо, совершившее деяние, предусмотренное статьей 5 настоящего Закона, наказывается штрафом.", "ru")
                .articles()).isEmpty();
    }

    @Test
    void chineseCitationsNameTheInstrumentFirst() {
        assertThat(law("依照《联合国打击跨国有组织犯罪公约》第十八条第十三款，司法部为中央机关。", "zh").articles())
                .contains("UNTOC-18.13");
        assertThat(tagger.tag("许多缔约国已将《公约》第16条作为引渡的法律依据。", TaggingContext.reference("zh")).articles())
                .contains("UNTOC-16");
        assertThat(law("违反本法第五条规定的，处罚金。", "zh").articles()).isEmpty();
        assertThat(tagger.tag("《联合国反腐败公约》第十五条规定了贿赂本国公职人员。", TaggingContext.reference("zh")).articles())
                .doesNotContain("UNTOC-15");
        assertThat(CitationParser.chineseNumber("十八")).isEqualTo(18);
        assertThat(CitationParser.chineseNumber("二十一")).isEqualTo(21);
        assertThat(CitationParser.chineseNumber("四十")).isEqualTo(40);
        assertThat(CitationParser.chineseNumber("十")).isEqualTo(10);
        assertThat(CitationParser.chineseNumber("五")).isEqualTo(5);
    }

    // ------------------------------------------------------------------------- short query strings

    /** Queries as a reader types them, each with the one concept it names (as in ConceptRecognizer). */
    private static final Map<String, Map<String, String>> QUERIES = Map.of(
            "zh", Map.of("洗钱", "money-laundering", "贩运人口", "trafficking-in-persons", "引渡", "extradition",
                    "司法协助", "mutual-legal-assistance", "偷运移民", "smuggling-of-migrants"),
            "ar", Map.of("غسل الأموال", "money-laundering", "الاتجار بالبشر", "trafficking-in-persons",
                    "تسليم المجرمين", "extradition", "المساعدة القانونية المتبادلة", "mutual-legal-assistance",
                    "الرشوة", "corruption"),
            "ru", Map.of("отмывание денег", "money-laundering", "торговля людьми", "trafficking-in-persons",
                    "экстрадиция", "extradition", "взаимная правовая помощь", "mutual-legal-assistance",
                    "незаконный ввоз мигрантов", "smuggling-of-migrants"));

    @Test
    void shortQueriesNameTheirConceptsInTheirLanguageAndInNone() {
        QUERIES.forEach((lang, queries) -> queries.forEach((query, concept) -> {
            for (String context : List.of(lang, "other")) {
                assertThat(concepts(query, context)).as(context + ": " + query).containsExactly(concept);
            }
        }));
    }

    @Test
    void aQueryInLatinScriptIsReadAsBefore() {
        assertThat(concepts("trata de personas", "other")).containsExactly("trafficking-in-persons");
        assertThat(concepts("blanchiment", "other")).contains("money-laundering");
    }
}
