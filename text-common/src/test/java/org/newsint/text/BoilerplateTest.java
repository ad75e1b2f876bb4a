package org.newsint.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoilerplateTest {

    private static final Boilerplate BUNDLED = Boilerplate.bundled();

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
            // follow us
            "follow    | تابعونا على فيسبوك وتويتر",
            "follow    | تابعنا أيضاً عبر تطبيق تلغرام",
            "follow    | تابعوا الجزيرة نت على إنستغرام",
            "follow    | تابعنا الآن من خلال قناتنا",
            // share
            "share     | شارك",
            "share     | شارك:",
            "share     | شارك هذا الخبر على فيسبوك",
            "share     | شاركها عبر واتساب",
            "share     | شارك على X",
            "share     | انشر المقال على تويتر",
            "share     | مشاركة",
            "share     | [ مشاركة ]",
            // comment
            "comment   | أضف تعليقك",
            "comment   | اترك تعليقاً",
            "comment   | شاركنا رأيك في التعليقات",
            "comment   | أفكارك وتعليقاتك",
            "comment   | التعليقات",
            "comment   | أضف تعليق",
            // continues
            "continues | (تستمر)",
            "continues | - يتبع -",
            "continues | ...يتبع",
            "continues | للقصة بقية",
            "continues | التفاصيل لاحقاً",
            // read more
            "read more | اقرأ أيضاً:",
            "read more | اقْرَأْ أَيْضًا",
            "read more | اقرأ أيضا: الوزير يلتقي نظيره الأردني في عمّان",
            "read more | اقرأ أيضا.. الرئيس يتلقى اتصالا هاتفيا من نظيره الفرنسي لبحث العلاقات الثنائية",
            "read more | طالع أيضا - وزير الخارجية يستقبل سفير الاتحاد الأوروبي في القاهرة لبحث التعاون",
            "read more | طالع أيضا",
            "read more | للمزيد من التفاصيل",
            "read more | اضغط هنا لمتابعة البث المباشر",
            "read more | أخبار ذات صلة",
            "read more | الأكثر قراءة",
            "read more | المزيد",
            // print / send
            "print     | طباعة",
            "print     | اطبع",
            "print     | طباعة الصفحة",
            "print     | أرسل لصديق",
            "print     | نسخ الرابط",
            // subscribe, apps, copyright, tags, ads, credits
            "subscribe | اشترك في النشرة البريدية",
            "app       | حمّل تطبيق الجزيرة",
            "copyright | جميع الحقوق محفوظة © 2024",
            "tags      | كلمات دلالية: الحكومة، البرلمان",
            "ad        | إعلان",
            "ad        | محتوى مدعوم",
            "credit    | المصدر: وكالات",
            "credit    | المصدر : الجزيرة + وكالات",
            // nothing but punctuation or symbols
            "symbols   | ***",
            "symbols   | —",
            "symbols   | • • •",
    })
    void boilerplateLineIsRecognised(String kind, String line) {
        assertThat(BUNDLED.isBoilerplate(line)).as(kind).isTrue();
    }

    /** Forms listed in the rules that must still match after folding. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "آراؤك وتعليقاتك",
            "أدلِ برأيك",
            "أدلِ بـ رأيك",
            "شاركنا برأيك",
    })
    void commentInvitationsWithHamzaOrAttachedPrepositionAreBoilerplate(String line) {
        assertThat(BUNDLED.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "شارك وزير الخارجية في اجتماع مجلس الجامعة العربية الذي عقد في القاهرة أمس",
            "شارك آلاف المتظاهرين في مسيرة حاشدة وسط العاصمة للمطالبة بالإصلاح",
            "مشاركة الأردن في القمة تأتي في إطار التنسيق المستمر مع الدول الشقيقة",
            "تابعنا باهتمام تصريحات رئيس الوزراء حول خطة الإصلاح الاقتصادي",
            "تابعوا الاجتماع الطارئ لوزراء الخارجية العرب الذي انعقد في القاهرة",
            "للمزيد من الشفافية، دعا الوزير إلى نشر تقارير الإنفاق الحكومي كل ثلاثة أشهر",
            "المصدر الدبلوماسي أكد أن المحادثات بين الجانبين ستستأنف الأسبوع المقبل في جنيف",
            "كل الحقوق محفوظة للشعب الفلسطيني في أرضه، قال وزير الخارجية أمام مجلس الأمن",
            "إعلان الحكومة حالة الطوارئ في المحافظات الجنوبية جاء بعد الفيضانات",
            "يتبع الوفد الوزاري جدول أعمال مزدحم خلال زيارته إلى بغداد",
            "طباعة الكتب المدرسية الجديدة ستبدأ الشهر المقبل بحسب وزارة التربية",
            "التعليقات التي أدلى بها الوزير أثارت جدلا واسعا في البرلمان",
            "اضغط الوسطاء على الطرفين لقبول الهدنة قبل حلول شهر رمضان المبارك",
            "حمّل الوزير الحكومة السابقة مسؤولية تدهور الأوضاع الاقتصادية في البلاد",
    })
    void realSentenceStartingLikeBoilerplateIsKept(String sentence) {
        assertThat(BUNDLED.isBoilerplate(sentence)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وصل وزير الخارجية إلى الرياض في زيارة رسمية",
            "قال المتحدث باسم الحكومة إن الاجتماع كان بناء",
            "2024",
            "عاجل",
    })
    void ordinaryNewsLineIsNotBoilerplate(String line) {
        assertThat(BUNDLED.isBoilerplate(line)).isFalse();
    }

    @ParameterizedTest(name = "{0} words -> {2}")
    @CsvSource(delimiter = '|', value = {
            // the follow rule allows at most 6 words
            "6 | تابعونا على فيسبوك وتويتر وإنستغرام ويوتيوب   | true",
            "7 | تابعوا على الهواء كلمة وزير الخارجية اليوم    | false",
            // the credit rule allows at most 5 words
            "5 | المصدر: وكالة الأنباء الرسمية السورية          | true",
            "6 | المصدر الأمني قال إن الهجوم فشل               | false",
    })
    void ruleWordLimitSeparatesFurnitureFromSentences(int words, String line, boolean expected) {
        assertThat(ArabicText.fold(line).split(" ")).hasSize(words);
        assertThat(BUNDLED.isBoilerplate(line)).isEqualTo(expected);
    }

    @Test
    void parsedRulesReplaceTheBundledOnesAndSkipCommentsAndBlankLines() throws IOException {
        String tsv = "# house rules\n\n3\t(عاجل|خبر عاجل)\n  \n# end\n";
        Boilerplate custom = Boilerplate.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));

        assertThat(custom.isBoilerplate("خبر عاجل")).isTrue();
        assertThat(custom.isBoilerplate("عـاجـل!")).isTrue();
        assertThat(custom.isBoilerplate("عاجل: وزير الداخلية يستقيل")).isFalse();
        assertThat(custom.isBoilerplate("تابعونا على تويتر")).isFalse();
        assertThat(custom.isBoilerplate("***")).isTrue();
    }

    @Test
    void ruleWithoutTabIsRejectedWithItsLineNumber() {
        String tsv = "# rules\n3 (عاجل)\n";

        assertThatThrownBy(() -> Boilerplate.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }
}
