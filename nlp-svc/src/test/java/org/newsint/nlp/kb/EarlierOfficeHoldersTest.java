package org.newsint.nlp.kb;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsint.nlp.kb.BundledLinker.link;
import static org.newsint.nlp.kb.BundledLinker.linked;

/**
 * Office holders of 1990–2014 ({@code kb/people-earlier.jsonl}, and the earlier terms of people in
 * {@code kb/people.jsonl}): a role title resolves to whoever held the office on the story's date, and a full name
 * links to its person.
 */
class EarlierOfficeHoldersTest {

    @ParameterizedTest(name = "«{0}» on {1} -> {2} as «{3}»")
    @CsvSource(delimiter = '|', textBlock = """
            وقال وزير الخارجية الأمريكي إن المفاوضات ستستأنف الأسبوع المقبل | 2006-03-15 | condoleezza-rice   | وزير الخارجية الأمريكي
            وقال وزير الخارجية الأمريكي إن المفاوضات ستستأنف الأسبوع المقبل | 2022-06-01 | antony-blinken     | وزير الخارجية الأمريكي
            ووصل رئيس الوزراء الإسرائيلي إلى واشنطن في زيارة تستغرق يومين   | 1993-09-12 | yitzhak-rabin      | رئيس الوزراء الإسرائيلي
            وقال رئيس الوزراء الإسرائيلي إن الأمن يأتي أولا                  | 1997-05-05 | benjamin-netanyahu | رئيس الوزراء الإسرائيلي
            وأكد الرئيس الفرنسي رفض بلاده لأي عمل عسكري دون قرار دولي       | 2003-02-20 | jacques-chirac     | الرئيس الفرنسي
            ودعا الأمين العام للأمم المتحدة إلى ضبط النفس                    | 1998-02-23 | kofi-annan         | الأمين العام للأمم المتحدة
            وأعلن وزير الدفاع الروسي أن العمليات في الشيشان مستمرة           | 1995-01-10 | pavel-grachev      | وزير الدفاع الروسي
            وقال الرئيس الإيراني في خطاب أمام البرلمان إن البرنامج سلمي      | 2007-10-16 | mahmoud-ahmadinejad | الرئيس الإيراني
            وقال وزير الخارجية اللبناني إن بيروت تلتزم بالقرارات الدولية     | 2004-09-02 | jean-obeid         | وزير الخارجية اللبناني
            وقال وزير الخارجية اللبناني إن بيروت تلتزم بالقرارات الدولية     | 2005-02-20 | mahmoud-hammoud    | وزير الخارجية اللبناني
            """)
    void aRoleTitleResolvesToTheEarlierHolderOnTheStorysDate(String text, String date, String id, String mention) {
        assertThat(linked(text, date, id).mentions()).extracting(Analysis.Mention::text).containsExactly(mention);
    }

    @ParameterizedTest(name = "«{0}» on {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            واستقبل الرئيس المصري حسني مبارك ياسر عرفات في القاهرة           | 1995-06-01 | hosni-mubarak,yasser-arafat
            وتبنى أبو مصعب الزرقاوي الهجوم في بيان نشر على الإنترنت           | 2005-08-10 | abu-musab-al-zarqawi
            وحضر حافظ الأسد القمة العربية في القاهرة                           | 1996-06-22 | hafez-al-assad
            """)
    void aFullNameOfAnEarlierFigureLinks(String text, String date, String ids) {
        List<String> want = List.of(ids.split(","));
        assertThat(link(text, date)).extracting(e -> e.entity().id()).containsAll(want).doesNotContain("bashar-al-assad");
    }
}
