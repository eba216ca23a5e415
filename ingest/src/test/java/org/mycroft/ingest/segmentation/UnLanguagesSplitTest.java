package org.mycroft.ingest.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws in Arabic, Chinese and Russian split at their own article headings. */
class UnLanguagesSplitTest {

    private final ProvisionSplitter splitter = new ProvisionSplitter();

    @Test
    void russianStatya() {
        List<Provision> p = splitter.split("""
                Закон о противодействии торговле людьми

                Статья 1. Основные понятия
                Торговля людьми — купля-продажа человека.

                Статья 2. Уголовная ответственность
                Торговля людьми наказывается лишением свободы.
                """);
        assertThat(p).extracting(Provision::label).containsExactly("Статья 1", "Статья 2");
        assertThat(p.get(1).heading()).isEqualTo("Уголовная ответственность");
    }

    @Test
    void arabicAlMadda() {
        List<Provision> p = splitter.split("""
                قانون مكافحة غسل الأموال

                المادة 1. التعاريف
                يقصد بالأموال كل الأصول أيا كان نوعها.

                المادة 2. جريمة غسل الأموال
                يعد مرتكبا لجريمة غسل الأموال كل من حول الأموال المتحصلة من جريمة.
                """);
        assertThat(p).extracting(Provision::label).containsExactly("المادة 1", "المادة 2");
        assertThat(p.get(1).heading()).isEqualTo("جريمة غسل الأموال");
    }

    @Test
    void chineseDiTiao() {
        List<Provision> p = splitter.split("""
                打击洗钱示范法

                第一条　立法目的
                为了预防和打击洗钱活动，制定本法。

                第二条　洗钱罪
                明知是犯罪所得而掩饰、隐瞒其来源和性质的，构成洗钱罪。

                第十二条
                本法自公布之日起施行。
                """);
        assertThat(p).extracting(Provision::label).containsExactly("第一条", "第二条", "第十二条");
        assertThat(p).extracting(Provision::number).containsExactly("一", "二", "十二");
        assertThat(p.get(1).heading()).isEqualTo("洗钱罪");
        // An article whose text follows on the same line is still an article, its sentence no heading.
        List<Provision> inline = splitter.split("第一条　为了预防洗钱活动，制定本法。\n第二条　本法适用于境内的金融机构。\n");
        assertThat(inline).extracting(Provision::label).containsExactly("第一条", "第二条");
        assertThat(inline.get(0).heading()).doesNotContain("为了");
        assertThat(inline.get(0).text()).contains("为了预防洗钱活动");
    }
}
