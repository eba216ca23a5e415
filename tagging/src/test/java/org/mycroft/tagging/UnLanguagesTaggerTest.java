package org.mycroft.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    // ------------------------------------------------------------------------- short query strings

    @Test
    void shortQueriesNameTheirConceptsInTheirLanguageAndInNone() {
        for (String lang : List.of("zh", "other")) {
            assertThat(concepts("洗钱", lang)).as(lang).containsExactly("money-laundering");
            assertThat(concepts("贩运人口", lang)).as(lang).containsExactly("trafficking-in-persons");
            assertThat(concepts("引渡", lang)).as(lang).containsExactly("extradition");
            assertThat(concepts("司法协助", lang)).as(lang).containsExactly("mutual-legal-assistance");
            assertThat(concepts("偷运移民", lang)).as(lang).containsExactly("smuggling-of-migrants");
        }
        for (String lang : List.of("ar", "other")) {
            assertThat(concepts("غسل الأموال", lang)).as(lang).containsExactly("money-laundering");
            assertThat(concepts("الاتجار بالبشر", lang)).as(lang).containsExactly("trafficking-in-persons");
            assertThat(concepts("تسليم المجرمين", lang)).as(lang).containsExactly("extradition");
            assertThat(concepts("المساعدة القانونية المتبادلة", lang)).as(lang).containsExactly("mutual-legal-assistance");
            assertThat(concepts("الرشوة", lang)).as(lang).containsExactly("corruption");
        }
        for (String lang : List.of("ru", "other")) {
            assertThat(concepts("отмывание денег", lang)).as(lang).containsExactly("money-laundering");
            assertThat(concepts("торговля людьми", lang)).as(lang).containsExactly("trafficking-in-persons");
            assertThat(concepts("экстрадиция", lang)).as(lang).containsExactly("extradition");
            assertThat(concepts("взаимная правовая помощь", lang)).as(lang).containsExactly("mutual-legal-assistance");
            assertThat(concepts("незаконный ввоз мигрантов", lang)).as(lang).containsExactly("smuggling-of-migrants");
        }
    }

    @Test
    void aQueryInLatinScriptIsReadAsBefore() {
        assertThat(concepts("trata de personas", "other")).containsExactly("trafficking-in-persons");
        assertThat(concepts("blanchiment", "other")).contains("money-laundering");
    }
}
