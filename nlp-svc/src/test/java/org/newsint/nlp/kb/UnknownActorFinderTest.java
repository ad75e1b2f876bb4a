package org.newsint.nlp.kb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.text.Segmenter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** People and organisations missing from the knowledge base (the sentences are invented for these tests). */
class UnknownActorFinderTest {

    private static final EntityLinker LINKER = new EntityLinker(KnowledgeBase.bundled(), RoleLexicon.bundled());
    private static final String DATE = "2022-02-12";

    private static List<Analysis.EntityMentions> link(String text) {
        return LINKER.link(text, Segmenter.tokens(text, 0, text.length()), DATE);
    }

    private static List<Analysis.EntityMentions> unknown(String text) {
        return link(text).stream().filter(e -> e.entity().id().startsWith("x-")).toList();
    }

    @ParameterizedTest(name = "«{0}» -> {1} «{2}»")
    @CsvSource(delimiter = '|', value = {
            // a name opening a line, right before its title («عاجل.. X Y رئيس …»)
            "عاجل.. ضياء رشوان رئيس الهيئة العامة للاستعلامات ينفي ما نشرته الصحيفة | PERSON | ضياء رشوان",
            // a rank with «ركن» (staff) before the name; a Sudanese given name
            "جولة محادثات بين رئيس وفد القوات المسلحة اللواء ركن محجوب بشرى ورئيس وفد الدعم السريع | PERSON | محجوب بشرى",
            // after a role title, its nationality and an optional modifier
            "قال المتحدث باسم المجلس الانتقالي الفريق شمس الدين البرعي إن المجلس منفتح | PERSON | شمس الدين البرعي",
            "نفى نائب وزير الخارجية سالم الدويلة ما تداولته وسائل الإعلام | PERSON | سالم الدويلة",
            "التقى الوزير وفدا برئاسة عمر الطيب، وذلك في إطار الوساطة | PERSON | عمر الطيب",
            "ومن المقرر أن يلتقي المبعوث اليوم نائب وزير الخارجية سالم الدويلة، لبحث الترتيبات | PERSON | سالم الدويلة",
            "وأشاد محافظ البصرة نجم الساعدي بالزيارة | PERSON | نجم الساعدي",
            // a foreign family name that only looks like «بـ + ال» after a known given name, then what he said or a mark
            "ونفى المتحدث باسم الخارجية الأميركية روبرت بالادينو أن يكون اللقاء قد عقد | PERSON | روبرت بالادينو",
            "وقال المتحدث باسم الخارجية الأميركية روبرت بالادينو، إن الزيارة مهمة | PERSON | روبرت بالادينو",
            // church titles, a church's adjective and a second title before the name; a delegation after it is no name
            "وكان البطريرك الماروني الكاردينال بشارة بطرس الراعي قد التقى الحريري في الرياض | PERSON | بشارة بطرس الراعي",
            "والتقى المطران عطا الله حنا وفدا أردنيا في القدس | PERSON | عطا الله حنا",
            "وبحث الوزير الملف مع منسق الاتحاد الأوروبي ماتيو رينالدي | PERSON | ماتيو رينالدي",
            "وقال وزير الخارجية الأوكراني ماركو كوفالينكو إن المحادثات صعبة | PERSON | ماركو كوفالينكو",
            "وأعلن رئيس الوزراء الفنلندي السابق يوهان كارفونين استقالته | PERSON | يوهان كارفونين",
            "وقالت المتحدثة باسم الخارجية الصينية لي تشينغ يو، إن بكين ترفض ذلك | PERSON | لي تشينغ يو",
            "قال السفير عبد الرحيم الفلاني إن الحوار مستمر | PERSON | عبد الرحيم الفلاني",
            "وصرح المتحدث باسم الخارجية، أوليغ سوكولينكو، بأن الرد سيأتي | PERSON | أوليغ سوكولينكو",
            // an envoy's post with «الخاص بـ»; a given name whose hamza on alef folds to look like the article («إليوت»)
            "وقال المبعوث الأمريكي الخاص بفنزويلا إليوت برادفورد إن العقوبات باقية | PERSON | إليوت برادفورد",
            // an envoy's name may end in a family name the knowledge base knows as someone else's short name
            "وقال المبعوث الأممي إلى ليبيا يوهانس بيرتس إن الحوار سيستأنف | PERSON | يوهانس بيرتس",
            "واستقبل الوزير سفير جمهورية البيرو لدى مصر خوسيه لويس فييرا، وبحث معه التعاون | PERSON | خوسيه لويس فييرا",
            // a one-word title before «بن» is a given name
            "وحضر اللقاء وزير الطاقة الدكتور سلطان بن ناصر الغنام، ووزير المالية | PERSON | سلطان بن ناصر الغنام",
            // a family name with the article after the father's name, before a comma
            "وحضر اللقاء وزير الطاقة المهندس سعد بن ناصر الغنام، ووزير المالية | PERSON | سعد بن ناصر الغنام",
            // before a reporting verb, with a known first name
            "وقال دميتري سوكولوف إن الهجوم فشل | PERSON | دميتري سوكولوف",
            "وأكد محمد الفلاني في بيان أن الحدود مغلقة | PERSON | محمد الفلاني",
            "فأضاف ميخائيل زاخاروفسكي: لن نتراجع | PERSON | ميخائيل زاخاروفسكي",
            // counterparts
            "بحث لافروف مع نظيرته البرازيلية ماريا فرنانديس أوليفيرا العلاقات | PERSON | ماريا فرنانديس أوليفيرا",
            "التقى بيتر هالفورسن ونظيره الأمريكي أمس | PERSON | بيتر هالفورسن",
            // after a counterpart word with its nationality, no known name word is needed when a comma closes the name
            "والتقت الوزيرة أمس نظيرها الغاني كوامي أدجاي بواتينغ، وبحثا التعاون العسكري | PERSON | كوامي أدجاي بواتينغ",
            "واستقبل الرئيس السفير الإيراني لدى العراق بهرام مسجدي، وبحث معه العلاقات | PERSON | بهرام مسجدي",
            // after a title with its country, closed by a comma; an office's genitive chain with its adjectives
            "والتقى الأمين العام أمس وزير النفط والغاز الطبيعي الهندي هارديب سينغ بوري، حيث بحثا الطلب | PERSON | هارديب سينغ بوري",
            // a third word with the article after a known given name, closed by a comma
            "والتقى الوزير أمس وزير الدولة الإماراتي خليفة شاهين المرر، إضافة إلى الوفد | PERSON | خليفة شاهين المرر",
            // between commas right before a title with its body
            "واستقبل الرئيس مساء الجمعة، إبراهيم غالي، الأمين العام لجبهة البوليساريو، لدى وصوله | PERSON | إبراهيم غالي",
            // right before a title, after the host's name, a day or «مع», with a known first name
            "واستقبل الملك عبدالله الثاني أمس كمال الدين رستمي رئيس اللجنة البرلمانية الإيرانية | PERSON | كمال الدين رستمي",
            "واستقبل الرئيس ميشال عون خالد الزعبي سفير الأردن في بيروت | PERSON | خالد الزعبي",
            "وبحث الوزير مع حسن طاهري نائب رئيس البرلمان العراقي الأوضاع | PERSON | حسن طاهري",
            // after a title and words describing the office, with a known first name, closed by a mark
            "والتقى المبعوث أمس نائب رئيس اللجنة العليا عن وفد الحكومة الانتقالية سامي القرشي، في الخرطوم | PERSON | سامي القرشي",
            // a known one-word name («هادي») that opens another name: after a verb or a title's details, then a family
            // name with the article that a mark or «إن» closes
            "والرئيس المشترك عن وفد المعارضة هادي الشمري، في جنيف | PERSON | هادي الشمري",
            "وقال هادي الشمري إن الوفد مستعد | PERSON | هادي الشمري",
            // a consul general, with the post's city
            "واستقبل المحافظ أمس القنصل العام الفرنسي في البصرة ماتيو لوران، وبحث معه التعاون | PERSON | ماتيو لوران",
            // «بالوكالة» (acting) after the title's country; a royal envoy, closed by a future verb
            "وكان مساعد وزير الخارجية الأمريكي بالوكالة جوناثان فيلدمان قد مهد للزيارة | PERSON | جوناثان فيلدمان",
            "وأعلنت الرئاسة أن الموفد الملكي السعودي سامي المطيري سيزور بيروت الأسبوع المقبل | PERSON | سامي المطيري",
            // after a title with its country, closed by «إن», no word of it known
            "قال وزير الخارجية الإستوني مارغوس تساهكنا إن بلاده تدعم كييف | PERSON | مارغوس تساهكنا",
            // … or by «في», «نظيره» or a full stop; one word ending in alef is no noun phrase
            "استقبل الملك وزير الخارجية الإستوني مارغوس تساهكنا في عمان | PERSON | مارغوس تساهكنا",
            "التقى وزير الخارجية الليتواني غابريليوس لاندسبيرغيس نظيره في فيلنيوس | PERSON | غابريليوس لاندسبيرغيس",
            // organisations
            "وقالت شركة ماجد إن الإمدادات مستمرة | ORG | ماجد",
    })
    void nameAfterATitleAVerbOrACounterpartWordIsANewActor(String text, String type, String mention) {
        List<Analysis.EntityMentions> found = unknown(text);
        assertThat(found).hasSize(1);
        Analysis.EntityMentions e = found.get(0);
        assertThat(e.entity().type()).hasToString(type);
        assertThat(e.entity().wikidataId()).isNull();
        assertThat(e.mentions()).extracting(Analysis.Mention::text).containsExactly(mention);
        assertThat(text.substring(e.mentions().get(0).start(), e.mentions().get(0).end())).isEqualTo(mention);
        assertThat(e.entity().canonicalName()).matches("[A-Z][A-Za-z' -]+");
        assertThat(e.entity().id()).matches("x-[a-z0-9-]+-[0-9a-f]{6}");
    }

    @ParameterizedTest(name = "nobody new in «{0}»")
    @ValueSource(strings = {
            "قال مصدر مطلع إن المفاوضات متعثرة",
            "وقال نتنياهو إن \"زيارة الوزير المصري مهمة لأسباب كثيرة\"",
            "وأكد أن زيارة الوزير الأردني ضرورية لتنسيق المواقف",
            "ورحب الوزير محمد بالاتفاق مع الجانب الروسي",
            "وقال مسؤول عسكري كبير إن القوات انسحبت",
            "قال شهود عيان إن الانفجار كان قويا",
            "وقالت وسائل إعلام محلية إن الطريق أغلق",
            "وقال وزير الخارجية الأوكراني خلال مؤتمر صحفي إن الوضع صعب",
            "قال رئيس الوزراء البريطاني السابق إن الاتفاق انتهى",
            "وقال المتحدث باسم الخارجية الصينية للصحفيين إن بلاده ترفض",
            "قال وزير الخارجية الروسي سيرغي لافروف إن الرد جاهز",
            "أعلنت الحكومة الأوكرانية أمس أن المحادثات ستستمر",
            "وأعلنت وزارة الدفاع الأمريكية نشر قوات إضافية",
            "وصل الوزير الجديد إلى العاصمة مساء الأحد",
            "وأكد الرئيس الأمريكي يزور المنطقة قريبا",
            "وقال السفير الفرنسي في بيان إن السفارة مفتوحة",
            "وأضاف أن الحكومة ستدرس الاقتراح",
            "قالت وكالة الأنباء الرسمية إن الرئيس وصل",
            "وأشار إلى أن العقوبات لن تنجح",
            "واستقبل وزير الدفاع الموريتاني وفدا عسكريا، وبحث معه التعاون",
            "والتقى نظيره الغاني مساء الأحد، وبحثا التعاون",
            "قال وزير الخارجية الإستوني ردا على سؤال إن بلاده تدعم كييف",
            "قال الرئيس الإستوني في مقابلة تلفزيونية إن بلاده تدعم كييف",
            "قال وزير الخارجية الإستوني صباح اليوم إن بلاده تدعم كييف",
            "استقبل الملك وزير الدفاع الليتواني وفدا عسكريا في عمان",
            "تسلم الرئيس من وزير الخارجية الإستوني رسالة خطية من نظيره",
            "استقبل الرئيس وزير الخارجية الإستوني مساء أمس في القصر",
            "واستقبل الرئيس أمس وفدا برلمانيا رئيس اللجنة فيه",
            "وبحث الوزير مع الوفد الزائر رئيس اللجنة العلاقات",
            "وتحدث الوزير أمس عن الاقتصاد رئيس الوزراء",
            "واستقبل الرئيس الأمريكي أمس محمد بن سلمان بن عبدالعزيز ولي العهد السعودي",
            "واستقبل الرئيس اليمني هادي أمس الوفد",
            "وقال الرئيس اليمني هادي إن الحوار مستمر",
            "وقال رئيس الوفد عن الحكومة في بيان إن الحوار مستمر",
    })
    void commonNounsFunctionWordsAndKnownNamesAreNoNewActor(String text) {
        assertThat(unknown(text)).isEmpty();
    }

    @Test
    void aRankBetweenATitleAndItsHolderStillTellsTheStorysCountry() {
        // «رئيس الجمهورية العماد ميشال عون»: the story is Lebanon's, so «رئاسة الجمهورية» is Lebanon's presidency
        List<Analysis.EntityMentions> found = link("استقبل رئيس الجمهورية العماد ميشال عون أمس وزير الخارجية الأمريكي ريكس "
                + "تيلرسون. وأفادت رئاسة الجمهورية في بيان بأن اللقاء كان وديا.");
        assertThat(found).extracting(e -> e.entity().id()).contains("lebanese-presidency");
    }

    @Test
    void theStartOfAKnownPersonsNameNamedBeforeIsThatPerson() {
        List<Analysis.EntityMentions> found = link("التقى الشيخ خالد بن أحمد آل خليفة وزير الخارجية الأمريكي. وقال "
                + "الوزير في مؤتمر صحفي مع الشيخ خالد بن أحمد إن التعاون مستمر.");
        assertThat(found).extracting(e -> e.entity().id()).noneMatch(id -> id.startsWith("x-"));
        assertThat(found).filteredOn(e -> e.entity().id().equals("khalid-bin-ahmed-al-khalifa")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Analysis.Mention::text).contains("خالد بن أحمد"));
    }

    @Test
    void aBodysHeadNounAloneIsTheBodyNamedBeforeWhenItSpeaks() {
        // «وقالت البعثة» after the mission's full name is the mission; «حرية الحركة» is no mention of Hamas
        List<Analysis.EntityMentions> found = link("التقى رئيس بعثة الأمم المتحدة للدعم في ليبيا المشير خليفة حفتر. "
                + "وقالت البعثة في بيان إن اللقاء كان مثمرا. وقالت حركة حماس إنها ترحب. وفرضت إسرائيل قيودا على حرية الحركة.");
        assertThat(found).filteredOn(e -> e.entity().id().equals("unsmil")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Analysis.Mention::text).containsExactly(
                        "بعثة الأمم المتحدة للدعم في ليبيا", "البعثة"));
        assertThat(found).filteredOn(e -> e.entity().id().equals("hamas")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(Analysis.Mention::text).containsExactly("حركة حماس"));
    }

    @Test
    void titleFollowedByAnUnknownNameIsThatPersonNotTheOfficeHolder() {
        List<Analysis.EntityMentions> found = link("وقال وزير الخارجية الأوكراني ماركو كوفالينكو إن المحادثات صعبة");
        assertThat(found).extracting(e -> e.entity().id()).noneMatch(id -> id.equals("dmytro-kuleba"));
    }

    @Test
    void ministersHonorificGoesToAMinisterTheKnowledgeBaseDoesNotKnow() {
        List<Analysis.EntityMentions> found = unknown("التقى معالي وزير الخارجية عادل الجبير نظيره الروسي. وعقد معالي المهندس"
                + " سعد بن ناصر الغنام، وزير الطاقة، اجتماعا مع نظيره. وأوضح معاليه أن الأسواق مستقرة.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).mentions()).extracting(Analysis.Mention::text).containsExactly("سعد بن ناصر الغنام", "معاليه");
    }

    @Test
    void laterMentionsBySurnameLinkToTheSamePerson() {
        List<Analysis.EntityMentions> found = unknown(
                "وقال دميتري سوكولوف إن الهجوم فشل. وأضاف سوكولوف أن القوات صامدة. وختم دميتري سوكولوف حديثه.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).mentions()).extracting(Analysis.Mention::text)
                .containsExactly("دميتري سوكولوف", "سوكولوف", "دميتري سوكولوف");
    }

    @Test
    void aShorterFormFoundLaterIsTheSamePerson() {
        // the family name «الغانم» is a given name with the article; «مرزوق الغانم» shortens «مرزوق علي الغانم»
        List<Analysis.EntityMentions> found = unknown("وقال رئيس مجلس الأمة الكويتي مرزوق علي الغانم، إن المجلس مستعد."
                + " وأكد رئيس المجلس مرزوق الغانم أن الجلسة ستعقد غدا.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).mentions()).extracting(Analysis.Mention::text).containsExactly("مرزوق علي الغانم", "مرزوق الغانم");
    }

    @Test
    void surnameBeforeTheFullNameIsNotLinked() {
        List<Analysis.EntityMentions> found = unknown("وصل سوكولوف أمس. وقال دميتري سوكولوف إن الهجوم فشل.");
        assertThat(found.get(0).mentions()).extracting(Analysis.Mention::text).containsExactly("دميتري سوكولوف");
    }

    @Test
    void sameNameInAnotherStoryHasTheSameIdAndARomanisedName() {
        String a = unknown("وقال دميتري سوكولوف إن الهجوم فشل").get(0).entity().id();
        String b = unknown("أكد وزير الدفاع البيلاروسي السابق دميتري سوكولوف، أن الجيش مستعد").get(0).entity().id();
        assertThat(a).isEqualTo(b).startsWith("x-dmitry-");
        assertThat(UnknownActorFinder.idOf("دميتري سوكولوف", "Dmitry Sokolov"))
                .isEqualTo(UnknownActorFinder.idOf("دِميتري سوكولوف", "Dmitry Sokolov"));
        assertThat(unknown("وقال دميتري سوكولوف إن").get(0).entity().canonicalName()).startsWith("Dmitry ");
    }

    @Test
    void knowledgeBaseMatchesAreNeverOverridden() {
        List<Analysis.EntityMentions> found = link("وقال سيرغي لافروف إن موسكو مستعدة");
        assertThat(found).extracting(e -> e.entity().id()).contains("sergey-lavrov").noneMatch(id -> id.startsWith("x-"));
    }

    @Test
    void aFourthNameLikeWordMakesTheRunDoubtful() {
        assertThat(unknown("قال السفير كارلو ماريو دي لوكا فيراري إن")).isEmpty();
    }
}
