package org.newsint.nlp.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.text.dates.DateResolver;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineTest {

    private static final DateResolver DATES = new DateResolver();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "( بوابة الأخبار . / وكالة الأنباء - 3 آذار 2023) أعلن الوزير |  | وكالة الأنباء | 2023-03-03 | أعلن الوزير",
            "(القاهرة / أ ش أ - 14 يونيو 2021م) قال المتحدث | | أ ش أ | 2021-06-14 | قال المتحدث",
            "الرياض - واس. أكد ولي العهد |  الرياض | واس |  | أكد ولي العهد",
            "بيروت - الأناضول: قال رئيس الحكومة | بيروت | الأناضول | | قال رئيس الحكومة",
            "عمّان (رويترز) - قال الملك | عمّان | رويترز | | قال الملك",
    })
    void datelineGivesPlaceSourceAndDateAndWhereTheStoryStarts(String paragraph, String place, String source,
                                                               String date, String rest) {
        Dateline d = Dateline.parse(paragraph, LocalDate.of(2023, 3, 5), DATES).orElseThrow();
        assertThat(d.place()).isEqualTo(place == null ? null : place.strip());
        assertThat(d.source()).isEqualTo(source.strip());
        assertThat(d.date()).isEqualTo(date == null ? null : date.strip());
        assertThat(paragraph.substring(d.end())).isEqualTo(rest.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "جوبا 13 سبتمبر 2019 - التقى رئيس الوزراء | جوبا | | 2019-09-13 | التقى رئيس الوزراء",
            "المنامة في 11 سبتمبر / بنا / تلقى الملك | المنامة | بنا | 2022-09-11 | تلقى الملك",
            "موسكو، 4 مارس. /تاس/. أجرى وزير الخارجية | موسكو | تاس | 2023-03-04 | أجرى وزير الخارجية",
            "عمان في 2 شباط/فبراير (بترا) - استقبل الملك | عمان | بترا | 2023-02-02 | استقبل الملك",
            // IRNA's: a slash after the place, a Levantine month of two letters, the agency closed by a dash
            "طهران/ 3 آب/ اغسطس/ ارنا- بحث وزير الخارجية | طهران | ارنا | 2022-08-03 | بحث وزير الخارجية",
            "بيروت/ 14 تموز/ يوليو/ ارنا - استقبل الرئيس | بيروت | ارنا | 2022-07-14 | استقبل الرئيس",
    })
    void aPlaceAndADayBeforeAMarkAreADateline(String paragraph, String place, String source, String date, String rest) {
        Dateline d = Dateline.parse(paragraph, LocalDate.of(2023, 3, 5), DATES).orElseThrow();
        assertThat(d.place()).isEqualTo(place.strip());
        assertThat(d.source()).isEqualTo(source == null ? null : source.strip());
        assertThat(d.date()).isEqualTo(date.strip());
        assertThat(paragraph.substring(d.end())).isEqualTo(rest.strip());
    }

    @Test
    void aFilingDayWithNoYearIsNeverMonthsAfterPublication() {
        // the agency after a single month stays the source; a day a few days ahead keeps its year; no publication date: as read
        Dateline d = Dateline.parse("موسكو/ 5 مارس/ ارنا- أجرى الوزير", LocalDate.of(2023, 3, 5), DATES).orElseThrow();
        assertThat(d.source()).isEqualTo("ارنا");
        assertThat(d.date()).isEqualTo("2023-03-05");
        assertThat(Dateline.parse("طهران/ 9 آذار/ مارس/ ارنا- أجرى", LocalDate.of(2023, 3, 5), DATES).orElseThrow().date())
                .isEqualTo("2023-03-09");
        assertThat(Dateline.parse("طهران/ 20 آذار/ مارس/ ارنا- أجرى", LocalDate.of(2023, 3, 5), DATES).orElseThrow().date())
                .isEqualTo("2022-03-20");
        assertThat(Dateline.parse("القاهرة في 5 مارس - قال الوزير", null, DATES)).isPresent();
    }

    @Test
    void ordinarySentencesHaveNoDateline() {
        assertThat(Dateline.parse("وأعلن الوزير في 13 سبتمبر 2019 أن المحادثات مستمرة.", LocalDate.of(2023, 3, 5), DATES)).isEmpty();
        assertThat(Dateline.parse("وقال المتحدث باسم الخارجية في 13 سبتمبر - في بيان - إن", LocalDate.of(2023, 3, 5), DATES)).isEmpty();
        assertThat(Dateline.parse("قال وزير الخارجية - في بيان - إن المحادثات مستمرة.", LocalDate.of(2023, 3, 5), DATES)).isEmpty();
        assertThat(Dateline.parse("(تستمر) وبحث الجانبان", LocalDate.of(2023, 3, 5), DATES)).isEmpty();
    }
}
