package org.newsint.text.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {

    private static final DateResolver RESOLVER = new DateResolver();

    /** The mention that starts where {@code span} first occurs in {@code text}; asserts span, value, precision. */
    private static DateMention assertMention(String text, LocalDate published, String span, String value,
                                             Precision precision) {
        int start = text.indexOf(span);
        assertThat(start).as("test data: span «%s» not in «%s»", span, text).isGreaterThanOrEqualTo(0);
        List<DateMention> found = RESOLVER.find(text, published);
        DateMention m = found.stream().filter(x -> x.start() == start).findFirst().orElse(null);
        assertThat(m).as("no mention at «%s» in %s", span, found).isNotNull();
        assertThat(m.end()).as("end of «%s» in %s", span, found).isEqualTo(start + span.length());
        assertThat(m.text()).isEqualTo(span);
        assertThat(m.value()).as("value of «%s»", span).isEqualTo(value);
        assertThat(m.precision()).as("precision of «%s»", span).isEqualTo(precision);
        return m;
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    // ------------------------------------------------------------------ every month name

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            // Egyptian / Gulf
            "يناير | 1", "فبراير | 2", "مارس | 3", "أبريل | 4", "ابريل | 4", "إبريل | 4", "مايو | 5", "يونيو | 6",
            "يونية | 6", "يوليو | 7", "يولية | 7", "أغسطس | 8", "اغسطس | 8", "سبتمبر | 9", "أكتوبر | 10",
            "نوفمبر | 11", "ديسمبر | 12",
            // Levantine
            "كانون الثاني | 1", "شباط | 2", "آذار | 3", "نيسان | 4", "أيار | 5", "حزيران | 6", "تموز | 7",
            "آب | 8", "أيلول | 9", "تشرين الأول | 10", "تشرين الثاني | 11", "كانون الأول | 12",
            // Maghrebi
            "جانفي | 1", "فيفري | 2", "أفريل | 4", "ماي | 5", "جوان | 6", "جويلية | 7", "أوت | 8",
    })
    void everyGregorianMonthName(String name, int month) {
        String text = "وقّع الطرفان الاتفاق في 5 " + name + " 2023 بحضور الوسطاء";
        assertMention(text, date("2024-01-01"), "5 " + name + " 2023",
                LocalDate.of(2023, month, 5).toString(), Precision.DAY);
    }

    // ------------------------------------------------------------------ Hijri

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "بدأ الصيام في 15 رمضان 1443 هـ وسط إجراءات                | 15 رمضان 1443 هـ            | 2022-04-16",
            "يحتفل المسلمون في 1 محرم 1445هـ برأس السنة الهجرية       | 1 محرم 1445هـ               | 2023-07-19",
            "عيد الفطر في 1 شوال 1443 هجرية                            | 1 شوال 1443 هجرية           | 2022-05-02",
            "يوافق العاشر من ذي الحجة 1443 هـ عيد الأضحى              | العاشر من ذي الحجة 1443 هـ  | 2022-07-09",
            "احتفلت الطرق الصوفية بالمولد في 12 ربيع الأول 1444 هـ     | 12 ربيع الأول 1444 هـ       | 2022-10-08",
            "ذكرى الإسراء والمعراج في 27 رجب 1444 هـ                  | 27 رجب 1444 هـ              | 2023-02-18",
            "صدر القرار في 3 صفر 1444 هـ                               | 3 صفر 1444 هـ               | 2022-08-30",
            "تنطلق الدراسة في 1 جمادى الأولى 1444هـ                    | 1 جمادى الأولى 1444هـ       | 2022-11-25",
            "بتاريخ 1 جمادى الآخرة 1444 هـ                             | 1 جمادى الآخرة 1444 هـ      | 2022-12-25",
            "بتاريخ 1 ربيع الآخر 1444 هـ                               | 1 ربيع الآخر 1444 هـ        | 2022-10-26",
            "وفي 1 ذو القعدة 1444 هـ فُتح باب التسجيل                   | 1 ذو القعدة 1444 هـ         | 2023-05-21",
            "منتصف شعبان: 15 شعبان 1444 هـ                             | 15 شعبان 1444 هـ            | 2023-03-07",
    })
    void hijriDatesAreConvertedToGregorian(String text, String span, String value) {
        DateMention m = assertMention(text, date("2024-01-01"), span, value, Precision.DAY);
        assertThat(m.relative()).isFalse();
    }

    // ------------------------------------------------------------------ absolute and year-inferred dates

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // combined Levantine/Gregorian names, digits (ASCII and Arabic-Indic)
            "2022-03-15 | وقع الاتفاق في 12 شباط/فبراير 2022 في القاهرة   | 12 شباط/فبراير 2022        | 2022-02-12 | DAY   | false",
            "2022-03-15 | اجتمع الطرفان في كانون الثاني/يناير 2021 بجنيف   | كانون الثاني/يناير 2021    | 2021-01    | MONTH | false",
            "2022-03-15 | تسلّم منصبه في ١٢ نيسان ٢٠١٩ رسمياً             | ١٢ نيسان ٢٠١٩              | 2019-04-12 | DAY   | false",
            "2022-03-15 | جرت الانتخابات في كانون الثاني (يناير) 2023      | كانون الثاني (يناير) 2023  | 2023-01    | MONTH | false",
            "2022-03-15 | أُعلن الخبر في 5 مارس، 2020 من بيروت             | 5 مارس، 2020               | 2020-03-05 | DAY   | false",
            "2022-03-15 | أعلنت الرئاسة أن 3 يونيو 2022ء موعد الاقتراع     | 3 يونيو 2022ء              | 2022-06-03 | DAY   | false",
            "2022-03-15 | صدر المرسوم في 12 فبراير 2022م                    | 12 فبراير 2022م            | 2022-02-12 | DAY   | false",
            "2022-03-15 | صدر المرسوم في ١٢ فبراير ٢٠٢٢ م                   | ١٢ فبراير ٢٠٢٢ م           | 2022-02-12 | DAY   | false",
            "2022-03-15 | في مارس من عام 2020 أغلقت الحدود                  | مارس من عام 2020           | 2020-03    | MONTH | false",
            "2022-03-15 | افتتح المعرض في 8 أكتوبر عام 2019                 | 8 أكتوبر عام 2019          | 2019-10-08 | DAY   | false",
            // «في الـ12 من», ordinal words, masculine and feminine
            "2022-03-15 | في الـ12 من مارس الماضي أعلنت الحكومة            | الـ12 من مارس الماضي       | 2022-03-12 | DAY   | true",
            "2022-03-15 | ولد في الـ3 من آب 1990 في حلب                     | الـ3 من آب 1990            | 1990-08-03 | DAY   | false",
            "2022-03-15 | في السابع من كانون الأول/ديسمبر 2021 وقع الهجوم   | السابع من كانون الأول/ديسمبر 2021 | 2021-12-07 | DAY | false",
            "2022-03-15 | في الخامسة عشرة من أيار/مايو 2021                 | الخامسة عشرة من أيار/مايو 2021 | 2021-05-15 | DAY | false",
            "2022-03-15 | انتهت المهلة في الحادي والثلاثين من ديسمبر 2021م  | الحادي والثلاثين من ديسمبر 2021م | 2021-12-31 | DAY | false",
            "2022-03-15 | الأول من تشرين الأول/أكتوبر 2020 موعد البدء       | الأول من تشرين الأول/أكتوبر 2020 | 2020-10-01 | DAY | false",
            "2022-03-15 | في العشرين من آب 2020 غادر                        | العشرين من آب 2020         | 2020-08-20 | DAY   | false",
            // a part of a month is not a day: only the month is resolved
            "2021-12-01 | تعقد القمة في النصف الثاني من الشهر الجاري          | الشهر الجاري               | 2021-12    | MONTH | true",
            "2022-03-15 | في الأسبوع الأول من نيسان 2022 تبدأ المحادثات      | نيسان 2022                 | 2022-04    | MONTH | false",
            "2022-03-15 | بدأ الغزو في الرابع والعشرين من فبراير 2022       | الرابع والعشرين من فبراير 2022 | 2022-02-24 | DAY | false",
            "2022-03-15 | وفي الثالثة من تموز 2021 صدر الحكم               | الثالثة من تموز 2021       | 2021-07-03 | DAY   | false",
            "2022-03-15 | يوم الثلاثين من حزيران 2020                       | الثلاثين من حزيران 2020    | 2020-06-30 | DAY   | false",
            // clitics
            "2022-03-15 | وفي 12 فبراير أعلنت الوزارة                       | 12 فبراير                  | 2022-02-12 | DAY   | true",
            "2022-03-15 | ففي 2 مارس 2021 بدأ التطعيم                       | 2 مارس 2021                | 2021-03-02 | DAY   | false",
            "2022-03-15 | بين 1 و12 يناير وأيلول 2020                      | أيلول 2020                 | 2020-09    | MONTH | false",
            // year taken from relative words
            "2022-03-15 | في 12 فبراير من العام الماضي وقع الزلزال          | 12 فبراير من العام الماضي  | 2021-02-12 | DAY   | true",
            "2022-03-15 | تبدأ الأعمال في أبريل العام المقبل                | أبريل العام المقبل         | 2023-04    | MONTH | true",
            "2022-03-15 | في 4 يوليو من هذا العام                          | 4 يوليو من هذا العام       | 2022-07-04 | DAY   | true",
            "2022-12-20 | في 17 كانون الأول/ديسمبر الجاري قُتل              | 17 كانون الأول/ديسمبر الجاري | 2022-12-17 | DAY | true",
            "2022-03-15 | انخفض التضخم في يناير الماضي                      | يناير الماضي               | 2022-01    | MONTH | true",
            "2022-01-20 | ارتفع التضخم في يناير الماضي                      | يناير الماضي               | 2021-01    | MONTH | true",
            "2022-03-15 | تنطلق البطولة في فبراير المقبل                    | فبراير المقبل              | 2023-02    | MONTH | true",
            "2022-05-01 | وقعت الحادثة في آب الماضي                         | آب الماضي                  | 2021-08    | MONTH | true",
            "2022-03-15 | في 12 من الشهر الجاري أعلن                        | 12 من الشهر الجاري         | 2022-03-12 | DAY   | true",
            "2022-03-15 | وفي الـ3 من الشهر الماضي                          | الـ3 من الشهر الماضي       | 2022-02-03 | DAY   | true",
            "2022-03-15 | يبدأ التسجيل في السابع من الشهر المقبل            | السابع من الشهر المقبل     | 2022-04-07 | DAY   | true",
            // day and month without a year: nearest to publication, at most ~6 months ahead
            "2022-01-05 | احتفالات 25 ديسمبر مرت بهدوء                      | 25 ديسمبر                  | 2021-12-25 | DAY   | true",
            "2021-12-20 | تجرى الانتخابات في 5 يناير                        | 5 يناير                    | 2022-01-05 | DAY   | true",
            "2022-03-15 | يعقد المؤتمر في 10 سبتمبر                         | 10 سبتمبر                  | 2022-09-10 | DAY   | true",
            "2022-03-15 | منذ 20 سبتمبر لم يصرف الراتب                      | 20 سبتمبر                  | 2021-09-20 | DAY   | true",
            "2022-05-01 | وصل في مارس إلى العاصمة                           | مارس                       | 2022-03    | MONTH | true",
            "2022-05-01 | الزيارة مقررة في شهر آب                           | آب                         | 2022-08    | MONTH | true",
            "2022-03-15 | احتفل الشعب بذكرى كانون الثاني/يناير             | كانون الثاني/يناير         | 2022-01    | MONTH | true",
            "2022-03-18 | يبدأ الصوم في 1 رمضان                             | 1 رمضان                    | 2022-04-02 | DAY   | true",
            "2022-03-15 | خطة رمضان 1443هـ جاهزة                            | رمضان 1443هـ               | 2022-04    | MONTH | false",
            // impossible dates keep their span, without a value
            "2022-03-15 | نشر الخبر بتاريخ 31 فبراير 2022 خطأً              | 31 فبراير 2022             | -          | DAY   | false",
            // numeric dates and years
            "2022-03-15 | التقى الطرفان في 1/3/2022 بالرياض                | 1/3/2022                   | 2022-03-01 | DAY   | false",
            "2022-03-15 | نشر بتاريخ 2022-03-02 على الموقع                  | 2022-03-02                 | 2022-03-02 | DAY   | false",
            "2022-03-15 | تأسست الشركة في 15.06.2021                        | 15.06.2021                 | 2021-06-15 | DAY   | false",
            "2022-03-15 | منذ عام 2011 يعاني البلد                          | 2011                       | 2011       | YEAR  | false",
            "2022-03-15 | هُجّر أجداده سنة 1948                             | 1948                       | 1948       | YEAR  | false",
            "2022-03-15 | في موسم 2022م سجّل الفريق                        | 2022م                      | 2022       | YEAR  | false",
            // a weekday next to its date is one mention
            "2022-03-15 | وقال يوم الأحد الموافق 12 مارس 2023 إن            | الأحد الموافق 12 مارس 2023 | 2023-03-12 | DAY   | false",
            "2022-03-15 | الأحد، 12 مارس 2023 - بيروت                       | الأحد، 12 مارس 2023        | 2023-03-12 | DAY   | false",
            "2022-03-15 | يوم السبت 15 رمضان 1443 هـ                        | السبت 15 رمضان 1443 هـ     | 2022-04-16 | DAY   | false",
    })
    void absoluteDates(String published, String text, String span, String value, Precision precision,
                       boolean relative) {
        DateMention m = assertMention(text, date(published), span, value, precision);
        assertThat(m.relative()).as("relative flag of «%s»", span).isEqualTo(relative);
    }

    // ------------------------------------------------------------------ relative to publication

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // 2022-03-15 is a Tuesday
            "2022-03-15 | قال الوزير اليوم إن المفاوضات مستمرة     | اليوم             | 2022-03-15 | DAY",
            "2022-03-15 | لم يتغير شيء حتى اليوم                  | اليوم             | 2022-03-15 | DAY",
            "2022-03-15 | واليوم أعلنت الحكومة                    | اليوم             | 2022-03-15 | DAY",
            "2022-03-15 | وأمس قال الوزير                         | أمس               | 2022-03-14 | DAY",
            "2022-03-15 | كما حدث بالأمس في الجنوب                | الأمس             | 2022-03-14 | DAY",
            "2022-03-15 | التقى الرئيس أمس الأول نظيره             | أمس الأول         | 2022-03-13 | DAY",
            "2022-03-15 | وقع الانفجار أول أمس في السوق            | أول أمس           | 2022-03-13 | DAY",
            "2022-03-15 | وصل الوفد أول من أمس                    | أول من أمس        | 2022-03-13 | DAY",
            "2022-03-15 | تُستأنف الجلسات غداً في جنيف             | غداً              | 2022-03-16 | DAY",
            "2022-03-15 | ويصل الوفد غدا إلى القاهرة               | غدا               | 2022-03-16 | DAY",
            "2022-03-15 | تعقد القمة بعد غدٍ في الرياض             | بعد غدٍ           | 2022-03-17 | DAY",
            "2022-03-15 | أعلنت الحكومة اليوم الثلاثاء أن          | اليوم الثلاثاء    | 2022-03-15 | DAY",
            "2022-03-15 | أعلنت الحكومة اليوم السبت أن             | اليوم السبت       | 2022-03-15 | DAY",
            "2022-03-15 | قال مسؤول أمس الاثنين إن                | أمس الاثنين       | 2022-03-14 | DAY",
            "2022-03-15 | تُجرى القرعة غدا الأربعاء                | غدا الأربعاء      | 2022-03-16 | DAY",
            // weekdays
            "2022-03-15 | اجتمع المجلس يوم الأحد لبحث الأزمة       | الأحد             | 2022-03-13 | DAY",
            "2022-03-15 | أعلنت الحكومة الثلاثاء أنها ستدعم       | الثلاثاء          | 2022-03-15 | DAY",
            "2022-03-15 | وقعت الاشتباكات الخميس في ريف المدينة    | الخميس            | 2022-03-10 | DAY",
            "2022-03-15 | تظاهر الآلاف الأربعاء الماضي            | الأربعاء الماضي   | 2022-03-09 | DAY",
            "2022-03-15 | تعقد الجولة الأربعاء المقبل             | الأربعاء المقبل   | 2022-03-16 | DAY",
            "2022-03-15 | تعقد الجولة الثلاثاء القادم             | الثلاثاء القادم   | 2022-03-22 | DAY",
            "2022-03-15 | جرت الانتخابات الثلاثاء الماضي          | الثلاثاء الماضي   | 2022-03-08 | DAY",
            "2022-03-15 | وقع الانفجار صباح الجمعة                | الجمعة            | 2022-03-11 | DAY",
            "2022-03-15 | أعلنت الوزارة، الاثنين، أن              | الاثنين           | 2022-03-14 | DAY",
            "2022-03-15 | والجمعة الماضية خرجت مظاهرات            | الجمعة الماضية    | 2022-03-11 | DAY",
            "2022-03-13 | افتُتح المعرض الأحد بحضور الوزير         | الأحد             | 2022-03-13 | DAY",
            "2022-03-15 | بحث الصفدي الاثنين مع نظيره المصري الأوضاع | الاثنين        | 2022-03-14 | DAY",
            "2022-03-15 | قال الوزير الجمعة إن المحادثات مثمرة      | الجمعة            | 2022-03-11 | DAY",
            "2022-03-15 | أعلن الجيش الاثنين عن مقتل جنديين         | الاثنين           | 2022-03-14 | DAY",
            "2022-03-15 | أجرى الوزير الاثنين اتصالاً هاتفياً بنظيره | الاثنين           | 2022-03-14 | DAY",
            "2022-03-15 | استقبل الملك الجمعة وفداً أمريكياً        | الجمعة            | 2022-03-11 | DAY",
            "2022-03-15 | وفي مسقط الاثنين التقى السلطان الوزير      | الاثنين           | 2022-03-14 | DAY",
            // weeks, months, years
            "2022-03-15 | ارتفعت الأسعار الأسبوع الماضي            | الأسبوع الماضي    | 2022-03-08 | WEEK",
            "2022-03-15 | يزور الرئيس باريس الأسبوع المقبل         | الأسبوع المقبل    | 2022-03-22 | WEEK",
            "2022-03-15 | وجرى مطلع الأسبوع اتصال هاتفي بين الوزيرين | الأسبوع          | 2022-03-15 | WEEK",
            "2022-03-15 | التقى الوزيران قبل أسبوعين في جنيف       | قبل أسبوعين       | 2022-03-01 | WEEK",
            "2022-03-15 | تراجعت الصادرات الشهر الماضي             | الشهر الماضي      | 2022-02    | MONTH",
            "2022-01-10 | تراجعت الصادرات الشهر الماضي             | الشهر الماضي      | 2021-12    | MONTH",
            "2022-03-15 | تبدأ الامتحانات الشهر القادم             | الشهر القادم      | 2022-04    | MONTH",
            "2022-03-15 | سجلت الإصابات خلال الشهر الجاري          | الشهر الجاري      | 2022-03    | MONTH",
            "2022-03-15 | يصل الوفد أوائل الشهر المقبل             | الشهر المقبل      | 2022-04    | MONTH",
            "2022-03-15 | نما الاقتصاد العام الماضي بنسبة 3%       | العام الماضي      | 2021       | YEAR",
            "2022-03-15 | ستُجرى الانتخابات السنة المقبلة          | السنة المقبلة     | 2023       | YEAR",
            "2022-03-15 | الموازنة العامة للعام الجاري             | للعام الجاري      | 2022       | YEAR",
            "2022-03-15 | انخفضت المبيعات مقارنة بالشهر الماضي     | الشهر الماضي      | 2022-02    | MONTH",
            "2022-03-15 | وقعت الحوادث في السنة الحالية            | السنة الحالية     | 2022       | YEAR",
            "2022-12-30 | تتوقع الحكومة نمواً هذا العام            | هذا العام         | 2022       | YEAR",
            "2022-03-15 | مقارنة بالعام الماضي                     | العام الماضي      | 2021       | YEAR",
            // ago
            "2022-03-15 | غادر البلاد قبل يومين                    | قبل يومين         | 2022-03-13 | DAY",
            "2022-03-15 | اعتُقل قبل ثلاثة أيام                    | قبل ثلاثة أيام    | 2022-03-12 | DAY",
            "2022-03-15 | وقبل 10 أيام أعلنت الشرطة                | قبل 10 أيام       | 2022-03-05 | DAY",
            "2022-03-15 | افتتح المصنع قبل عام                     | قبل عام           | 2021       | YEAR",
            "2022-03-15 | بدأت الأزمة قبل شهرين                    | قبل شهرين         | 2022-01    | MONTH",
            // diacritics inside the span
            "2022-03-19 | أعلنَ الوزيرُ أمسِ الجُمُعَة أنّ الاجتماعَ | أمسِ الجُمُعَة    | 2022-03-18 | DAY",
            "2022-03-19 | وسيُعقدُ الاجتماعُ غداً الأحدَ            | غداً الأحدَ        | 2022-03-20 | DAY",
    })
    void relativeToPublication(String published, String text, String span, String value, Precision precision) {
        DateMention m = assertMention(text, date(published), span, value, precision);
        assertThat(m.relative()).isTrue();
    }

    // ------------------------------------------------------------------ words that are not dates here

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "مارس الضغط على الحكومة لتغيير موقفها",
            "مارس الرياضة منذ صغره",
            "عاد إلى آب وأمه بعد غياب",
            "في آب وأم وأبناء",
            "قالت أيار في حديثها للصحيفة",
            "أقيمت صلاة الجمعة في المسجد الأقصى",
            "انتخب الأمين العام المقبل للأمم المتحدة",
            "أكد المدعي العام الحالي براءته",
            "في اليوم التالي للانتخابات",
            "في اليوم الأول من المؤتمر",
            "يصادف اليوم العالمي للمرأة",
            "نشرت صحيفة المصري اليوم تقريرا",
            "يتناول الدواء ثلاث مرات في اليوم",
            "فاز الأهلي 3 صفر على ضيفه",
            "قبل يومين من الانتخابات أعلنت اللجنة",
            "قبل يوم الانتخابات بساعات",
            "شارك 25 لاعبا في المباراة",
            "التقى الرئيس رجب طيب أردوغان",
            "عيّن شعبان رئيسا للجنة",
            "اتفقا على تقاسم المسؤولية بين الاثنين",
            "وحذر الاثنين من مغبة التصعيد",
            "جمع اللقاء بين الاثنين في القاهرة",
            "في كلا الاثنين خير",
            "أعرب عن ثقته في قدرة الاثنين على التفاهم",
            "وحث الاثنين على زيارة القاهرة",
            "بعد صلاة الجمعة زيارة للمسجد",
            "سيارة نيسان الجديدة",
            "رمضان شهر الصيام",
            "طُبع الكتاب عام 1443 هـ",
            "في 2022 حالة إصابة",
    })
    void notADate(String text) {
        assertThat(RESOLVER.find(text, date("2022-03-15"))).isEmpty();
    }

    // ------------------------------------------------------------------ several mentions, ranges

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "2022-03-15 | اجتمع الوزراء يوم 9 و10 كانون الثاني/يناير 2022 في عمان"
                    + " | 9 و10 كانون الثاني/يناير 2022 = 2022-01-09 ; 10 كانون الثاني/يناير 2022 = 2022-01-10",
            "2022-03-15 | في الفترة من 9 إلى 12 أيلول/سبتمبر 2021"
                    + " | 9 إلى 12 أيلول/سبتمبر 2021 = 2021-09-09 ; 12 أيلول/سبتمبر 2021 = 2021-09-12",
            "2022-03-15 | يقام المهرجان 9-11 يونيو 2023"
                    + " | 9-11 يونيو 2023 = 2023-06-09 ; 11 يونيو 2023 = 2023-06-11",
            "2022-01-20 | قال الوزير أمس إن الاجتماع المقرر في 12 فبراير المقبل سيُعقد بعد تأجيله من الأربعاء الماضي"
                    + " | أمس = 2022-01-19 ; 12 فبراير المقبل = 2022-02-12 ; الأربعاء الماضي = 2022-01-19",
            "2022-03-15 | صدر القرار في 15 رمضان 1443 هـ الموافق 16 أبريل 2022م"
                    + " | 15 رمضان 1443 هـ = 2022-04-16 ; 16 أبريل 2022م = 2022-04-16",
            "2022-03-15 | ارتفعت الأسعار الشهر الماضي وتراجعت اليوم، وقد تعاود الارتفاع العام المقبل"
                    + " | الشهر الماضي = 2022-02 ; اليوم = 2022-03-15 ; العام المقبل = 2023",
    })
    void severalMentionsInTextOrder(String published, String text, String expected) {
        List<String> want = new ArrayList<>();
        for (String part : expected.split(";")) {
            want.add(part.trim());
        }
        List<DateMention> found = RESOLVER.find(text, date(published));
        List<String> got = new ArrayList<>();
        for (DateMention m : found) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            got.add(m.text() + " = " + m.value());
        }
        assertThat(got).containsExactlyElementsOf(want);
    }

    // ------------------------------------------------------------------ no publication date

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "وصل الوفد أمس إلى بغداد           | أمس              | -          | DAY   | true",
            "تظاهر الآلاف الأحد الماضي         | الأحد الماضي     | -          | DAY   | true",
            "يعقد المؤتمر في 12 فبراير         | 12 فبراير        | -          | DAY   | true",
            "ستجرى الانتخابات العام المقبل      | العام المقبل     | -          | YEAR  | true",
            "تراجعت الصادرات الشهر الماضي      | الشهر الماضي     | -          | MONTH | true",
            "وقع الاتفاق في 12 شباط/فبراير 2022 | 12 شباط/فبراير 2022 | 2022-02-12 | DAY | false",
            "بدأ الصيام في 15 رمضان 1443 هـ    | 15 رمضان 1443 هـ | 2022-04-16 | DAY   | false",
    })
    void withoutPublicationDateRelativeMentionsHaveNoValue(String text, String span, String value,
                                                           Precision precision, boolean relative) {
        DateMention m = assertMention(text, null, span, value, precision);
        assertThat(m.relative()).isEqualTo(relative);
    }

    // ------------------------------------------------------------------ offsets and API

    @Test
    void offsetsAreIntoTheOriginalTextWithOddSpacingAndTatweel() {
        String text = "وقـــع الاتفاق فـي  12\u00A0فبـــرايـر   2022م،\u200F وأمــسِ أُعلن";
        List<DateMention> found = RESOLVER.find(text, date("2022-03-15"));
        assertThat(found).hasSize(2);
        DateMention first = found.get(0);
        assertThat(first.text()).isEqualTo("12\u00A0فبـــرايـر   2022م");
        assertThat(first.start()).isEqualTo(text.indexOf("12"));
        assertThat(first.value()).isEqualTo("2022-02-12");
        DateMention second = found.get(1);
        assertThat(second.text()).isEqualTo("أمــسِ");
        assertThat(second.value()).isEqualTo("2022-03-14");
    }

    @Test
    void emptyInputGivesNoMentionsAndResultsAreUnmodifiable() {
        assertThat(RESOLVER.find(null, date("2022-03-15"))).isEmpty();
        assertThat(RESOLVER.find("", date("2022-03-15"))).isEmpty();
        List<DateMention> found = RESOLVER.find("وصل أمس", date("2022-03-15"));
        assertThat(found).hasSize(1);
        assertThatThrownBy(() -> found.add(found.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void hijriDayWithoutYearOutsideTheUmmAlQuraTableHasNoValue() {
        List<DateMention> found = RESOLVER.find("بدأ الصيام في 15 رمضان", date("1850-06-01"));
        assertThat(found).extracting(DateMention::text, DateMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("15 رمضان", null));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // a bare weekday before publication also reads forward, the way a plan means it
            "وقعت الاشتباكات الخميس في ريف المدينة  | 2022-03-10 | 2022-03-17",
            "يلتقي الرئيسان صباح الأربعاء في جنيف   | 2022-03-09 | 2022-03-16",
            // the publication day itself, a weekday with «الماضي/المقبل» and «أمس الاثنين» have one reading only
            "أعلنت الحكومة الثلاثاء أنها ستدعم      | 2022-03-15 | 2022-03-15",
            "تظاهر الآلاف الأربعاء الماضي           | 2022-03-09 | 2022-03-09",
            "تعقد الجولة الأربعاء المقبل            | 2022-03-16 | 2022-03-16",
            "قال مسؤول أمس الاثنين إن               | 2022-03-14 | 2022-03-14",
    })
    void aBareWeekdayReadsForwardForAPlan(String text, String value, String ahead) {
        List<DateMention> found = RESOLVER.find(text, date("2022-03-15")); // a Tuesday
        assertThat(found).hasSize(1);
        assertThat(found.get(0).value()).isEqualTo(value);
        assertThat(found.get(0).readAhead().value()).isEqualTo(ahead);
    }

    @Test
    void mentionRejectsABadSpan() {
        assertThatThrownBy(() -> new DateMention(5, 2, "x", null, Precision.DAY, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
