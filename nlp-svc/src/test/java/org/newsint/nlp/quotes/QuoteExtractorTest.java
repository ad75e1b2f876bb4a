package org.newsint.nlp.quotes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.kb.KnowledgeBase;
import org.newsint.nlp.kb.RoleLexicon;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.ArticleInput;
import org.newsint.nlp.pipeline.Pipeline;
import org.newsint.text.ArticleCleaner;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteExtractorTest {

    private static final Pipeline PIPELINE = new Pipeline(new ArticleCleaner(),
            KnowledgeBase.fromClasspath(List.of("kb-test/test.jsonl")), RoleLexicon.bundled());

    private static final Pipeline BUNDLED = new Pipeline();

    private static List<Analysis.Quote> quotes(String body) {
        return PIPELINE.analyze(new ArticleInput("q", null, body, "2022-02-12", "")).quotes();
    }

    @Test
    void quotationIsAttributedToTheLastNamedSpeakerBeforeIt() {
        List<Analysis.Quote> q = quotes("وقال لافروف في مؤتمر صحفي إن «الحوار مع واشنطن ما زال ممكنا رغم كل شيء».");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speakerId()).isEqualTo("sergey-lavrov");
        assertThat(q.get(0).text()).isEqualTo("الحوار مع واشنطن ما زال ممكنا رغم كل شيء");
    }

    @Test
    void theLatterIsTheLastPersonNamed() {
        // «تلقى X اتصالا من Y، أعرب خلاله الأخير عن …»: Y speaks, not the subject X
        List<Analysis.Quote> q = BUNDLED.analyze(new ArticleInput("q", null, "تلقى وزير الخارجية الكويتي الشيخ صباح الخالد"
                + " الحمد الصباح اتصالا هاتفيا اليوم من وزير الخارجية الأمريكي ريكس تيلرسون، أعرب خلاله الأخير عن دعم بلاده"
                + " للوساطة الكويتية ولجهود أمير البلاد.", "2017-06-07", "")).quotes();
        assertThat(q).extracting(Analysis.Quote::speakerId).containsExactly("rex-tillerson");
    }

    @Test
    void aSpokesmanNamedAfterHisMinistryAndAnHonorificSpeaks() {
        // the rest of the ministry's name and «السفير» stand between the body and the name: the spokesman speaks
        List<Analysis.Quote> q = BUNDLED.analyze(new ArticleInput("q", null, "عمان - بحث وزير الخارجية الأردني ناصر جودة مع"
                + " نظيره الفرنسي العلاقات. وقال الناطق الرسمي باسم وزارة الخارجية وشؤون المغتربين السفير محمد الكايد إن"
                + " الوزيرين «اتفقا على تكثيف التنسيق خلال المرحلة المقبلة».", "2016-11-29", "")).quotes();
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speakerId()).startsWith("x-mohammed-al-ka");
    }

    @Test
    void everyMarkStyleIsAQuotation() {
        for (String[] marks : new String[][] {{"«", "»"}, {"“", "”"}, {"”", "“"}, {"\"", "\""}}) {
            List<Analysis.Quote> q = quotes("وأكد بلينكن أن " + marks[0] + "الطريق الدبلوماسي ما زال مفتوحا أمام الجميع" + marks[1] + ".");
            assertThat(q).as(marks[0]).extracting(Analysis.Quote::speakerId).containsExactly("antony-blinken");
        }
    }

    @Test
    void continuationKeepsThePreviousSpeaker() {
        List<Analysis.Quote> q = quotes("قال بيسكوف إن \"اللقاء لم يتحدد موعده حتى الآن\".\nوأضاف \"سنعلن عن الموعد فور الاتفاق عليه مع الجانب الآخر\".");
        assertThat(q).extracting(Analysis.Quote::speakerId).containsExactly("dmitry-peskov", "dmitry-peskov");
    }

    private static List<Analysis.Quote> bundled(String body) {
        return BUNDLED.analyze(new ArticleInput("q", null, body, "2022-02-12", "")).quotes();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            // the aide named after his principal speaks; an envoy is no aide's principal, and the one spoken to is not the speaker
            "وقال مساعد الرئيس الروسي فلاديمير بوتين يوري أوشاكوف إن \"اللقاء سيعقد في موسكو قريبا\". | yuri-ushakov",
            "وقال المبعوث الأمريكي آموس هوكشتاين للرئيس اللبناني جوزاف عون إن \"الاتفاق بات قريبا جدا\". | amos-hochstein",
            // a spokesman named after his principal's title speaks (his principal is no spokesman)
            "وقال المتحدث باسم الرئيس الروسي دميتري بيسكوف إن \"الكرملين لم يتلق أي طلب رسمي\". | dmitry-peskov",
            // an agency relaying someone is never the speaker (an honorific may stand before the office)
            "استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني بلينكن. ونقلت وكالة أنباء الشرق الأوسط عن الرئيس قوله إن \"مصر لن تقبل بتهجير الفلسطينيين\". | abdel-fattah-el-sisi",
            "استقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الخارجية الأمريكي أنتوني بلينكن. ونقلت وكالة الأنباء السعودية عن سمو ولي العهد قوله إن \"المملكة تدعم وقف إطلاق النار فورا\". | mohammed-bin-salman",
            // answering, commenting and asking report
            "وردا على سؤال حول الاتفاق، أجاب لافروف: \"لم نتلق أي مقترح مكتوب حتى الآن\". | sergey-lavrov",
            "وعلق بلينكن على ذلك بالقول: \"هذه خطوة مهمة إلى الأمام\". | antony-blinken",
            "وتساءل لافروف: \"لماذا لا يريد الغرب الحوار معنا\". | sergey-lavrov",
            // «إنه أبلغ»: the one who says he told someone speaks; without «إنه» the one after the verb is its subject
            "وقال لافروف إنه أبلغ بلينكن بأن \"موسكو لن تقبل بأي شروط مسبقة على الإطلاق\". | sergey-lavrov",
            "وأبلغ بلينكن لافروف بأن \"واشنطن لن تقبل بأي شروط مسبقة على الإطلاق\". | antony-blinken",
    })
    void theSpeakerIs(String body, String speaker) {
        assertThat(bundled(body)).extracting(Analysis.Quote::speakerId).containsExactly(speaker);
    }

    @Test
    void specialSpeakers() {
        // an aide the knowledge base does not know, after the principal named in his title
        assertThat(bundled("وقال المعاون السياسي لرئيس مجلس النواب نبيه بري النائب علي حسن خليل إن \"الأجواء إيجابية جدا حتى الآن\"."))
                .extracting(Analysis.Quote::speakerId).singleElement().asString().startsWith("x-ali-hassan-khalil");
        // an aide we cannot name, before the principal named in his title: nobody (not the principal)
        assertThat(bundled("وقال المتحدث باسم الأمين العام للأمم المتحدة أنطونيو غوتيريش إن \"المنظمة قلقة للغاية من التصعيد\"."))
                .isEmpty();
        assertThat(bundled("وقال مبعوث الرئيس الأمريكي جو بايدن إن \"المفاوضات صعبة للغاية حتى الآن\".")).isEmpty();
        // the same words with the spokesman named: his
        assertThat(bundled("وقال ستيفان دوجاريك المتحدث باسم الأمين العام للأمم المتحدة أنطونيو غوتيريش إن \"المنظمة قلقة للغاية من التصعيد\"."))
                .extracting(Analysis.Quote::speakerId).containsExactly("stephane-dujarric");
        // an agency relaying an unnamed source: nobody
        assertThat(bundled("ونقلت وكالة تاس عن مصدر دبلوماسي قوله إن \"المفاوضات وصلت إلى طريق مسدود\".")).isEmpty();
        // «وبحسب المتحدث»: the spokesman named before
        assertThat(bundled("وقال المتحدث الأمريكي ماثيو ميلر إن الاتصال كان مثمرا. وبحسب المتحدث، فإن \"الوزير أكد دعم واشنطن "
                + "الكامل للجهود المصرية\".")).filteredOn(q -> !q.indirect()).extracting(Analysis.Quote::speakerId)
                .containsExactly("matthew-miller");
    }

    @Test
    void aShortStatementInReportedSpeechIsAQuote() {
        // three words after «أن/إن» are a statement someone made («موسكو مستعدة للحوار»)
        List<Analysis.Quote> q = quotes("وقال لافروف لوكالة تاس إن موسكو مستعدة للحوار.");
        assertThat(q).extracting(Analysis.Quote::speakerId, Analysis.Quote::text, Analysis.Quote::indirect)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sergey-lavrov", "موسكو مستعدة للحوار", true));
        // two words are not enough to stand alone
        assertThat(quotes("وأعلن لافروف أنه سيزور أنقرة.")).isEmpty();
    }

    @Test
    void shortQuotedPhraseIsNotAQuotation() {
        // the short phrase is no quotation; the warning itself is reported speech («حذر X من …»)
        assertThat(quotes("وحذر لافروف من تكرار الحديث عن \"العدوان الروسي\" المزعوم.")).allMatch(Analysis.Quote::indirect);
    }

    @Test
    void quotationNobodyCanBeCreditedWithIsNotReported() {
        assertThat(quotes("وجاء في الوثيقة: «يجب احترام الضمانات الأمنية لجميع الأطراف دون استثناء».")).isEmpty();
        assertThat(quotes("وتم التأكيد على أن «هذه القضايا ستكون مركزية في تقييم الوثائق الواردة».")).isEmpty();
    }

    @Test
    void subjectBeforeTheVerbSpeaksEvenWhenSomeoneElseIsNamedLater() {
        List<Analysis.Quote> q = quotes("وذكر البيان أن بلينكن جدد خلال اتصال مع لافروف \"التزام بلاده بالسعي إلى حل دبلوماسي للأزمة\"، "
                + "مشددا على \"الحاجة إلى رؤية خفض للتصعيد يمكن التحقق منه\".");
        assertThat(q).extracting(Analysis.Quote::speakerId).containsExactly("antony-blinken", "antony-blinken");
    }

    /** Team-written sentences: text, then the expected quotes as speaker|indirect|start of text, " ; " between. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{index}: {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiterString = ">>", textBlock = """
            وجاء في بيان وزارة الخارجية الروسية أن «موسكو لن تقبل أي ضغوط تمس أمنها القومي» >> russia-foreign-ministry|false|موسكو لن تقبل
            وبحسب بيان لوزارة الخارجية الروسية فإن «الاتصالات مع واشنطن ستتواصل في الأيام المقبلة» >> russia-foreign-ministry|false|الاتصالات مع واشنطن
            قالت وزارة الخارجية الروسية في بيان إن «الحوار ما زال ممكنا». وأضاف البيان أن «روسيا تنتظر ردا مكتوبا على مقترحاتها الأمنية» >> russia-foreign-ministry|false|الحوار ما زال ; russia-foreign-ministry|false|روسيا تنتظر
            قال لافروف إن الحوار مع الغرب ما زال ممكنا رغم كل شيء >> sergey-lavrov|true|الحوار مع الغرب
            وأكد وزير الخارجية الأردني أيمن الصفدي التزامه بدعم جهود الوساطة القطرية والمصرية >> ayman-safadi|true|التزامه بدعم
            وبحسب بيان صادر عن وزارة الخارجية الروسية، فإن لافروف أكد لنظيره أن «موسكو مستعدة لمواصلة الحوار دون شروط» >> russia-foreign-ministry|false|موسكو مستعدة
            التقت المبعوثة الأممية ستيفاني ويليامز أمس المشير خليفة حفتر. وقالت المبعوثة الأممية إن اللقاء كان مثمرا جدا >> stephanie-williams|true|اللقاء كان مثمرا
            وأعرب الوزير أيمن الصفدي عن قلقه، وسط مطالبة دولية بوقف إطلاق النار في غزة فورا >> ayman-safadi|true|قلقه
            ونفى وزير الخارجية الأردني أيمن الصفدي ما تداولته وسائل إعلام عن لقاء سري في عمان، واصفا تلك الأنباء بأنها «أكاذيب لا أساس لها من الصحة» >> ayman-safadi|true|ما تداولته وسائل ; ayman-safadi|false|أكاذيب لا أساس
            التقى المبعوث الأممي غسان سلامة رئيس بعثة الأمم المتحدة للدعم في ليبيا وفدا من البرلمان. وقالت البعثة في بيان إن «اللقاء كان بناء ومثمرا للغاية» >> unsmil|false|اللقاء كان بناء
            وقال الناطق الرسمي باسم الوزارة عبد الكريم بن علي الحسني، إن «الوزارة لم تتلق أي طلب رسمي حتى الآن» >> x-abdelkarim-bin-ali-al-hosni-4e48f3|false|الوزارة لم تتلق
            وأضاف شكري أن "مصر ستواصل جهودها". >> sameh-shoukry|false|مصر ستواصل جهودها
            ووصف شكري الخطوة بأنها "خطوة إيجابية". >> sameh-shoukry|false|خطوة إيجابية
            وأكد بلينكن أن واشنطن تتطلع إلى رد مكتوب من موسكو. وأضاف «الباب ما زال مفتوحا أمام الدبلوماسية» >> antony-blinken|true|واشنطن تتطلع ; antony-blinken|false|الباب ما زال
            ونقلت وكالة سبوتنيك عن لافروف قوله إن «موسكو منفتحة على الحوار مع الجميع» >> sergey-lavrov|false|موسكو منفتحة
            وشدد الرئيس المصري عبد الفتاح السيسي على الحوار. وأكد سيادته أن «مصر لن تتخلى عن دورها في المنطقة» >> abdel-fattah-el-sisi|false|مصر لن تتخلى
            وكان لافروف قد حذر من أن «أي تصعيد سيقابل برد حازم من موسكو» >> sergey-lavrov|false|أي تصعيد
            وقال مساعد الرئيس الروسي للشؤون الدولية، يوري أوشاكوف، إن «المحادثة كانت مفصلة وجدية للغاية» >> yuri-ushakov|false|المحادثة كانت
            وقال المسؤول إن «الاجتماع المقبل سيبحث ملف الضمانات الأمنية» >>
            وقال مسؤول في الإدارة الأمريكية إن «الاجتماع المقبل سيبحث ملف الضمانات الأمنية». وأضاف «لن نقبل بأي شروط مسبقة من أي طرف» >>
            وتتهم الولايات المتحدة روسيا بالتصعيد، مؤكدة أن «هذا الهجوم قد يحصل في أي وقت» >>
            وأعلنت موسكو أنها «لن تقبل بأي ضغوط غربية». وأضافت أن «الحوار ممكن بشروط» >>
            التقى بلينكن اليوم ولي العهد السعودي الأمير محمد بن سلمان. وذكرت وكالة الأنباء السعودية (واس) أن ولي العهد شدد خلال اللقاء على «ضرورة بحث سبل وقف العمليات العسكرية» >> mohammed-bin-salman|false|ضرورة بحث
            قال كيربي إن «الاجتماع فرصة لاختبار جدية موسكو». وأفادت وسائل إعلام روسية بأن لافروف قد يلتقي نظيره الإيراني في فيينا أيضا >> john-kirby|false|الاجتماع فرصة
            ونقلت وسائل إعلام إيرانية عن ظريف قوله إن الاتفاق «ممكن إذا أبدت القوى الكبرى الإرادة السياسية» >> mohammad-javad-zarif|false|ممكن إذا أبدت
            وقال نصر الله إن «السعودية أعلنت الحرب على لبنان»، داعيا الحكومة السعودية إلى الكف عن التدخل في الشأن اللبناني >> hassan-nasrallah|false|السعودية أعلنت ; hassan-nasrallah|true|الحكومة السعودية إلى
            حضر اللقاء مستشار الرئيس للشؤون الدبلوماسية مجدي الخالدي، والناطق الرسمي باسم الرئاسة نبيل أبو ردينة. ونفى الناطق الرسمي باسم الرئاسة ما تناقلته وسائل إعلام عن لقاء قريب بين الرئيس عباس وغانتس >> nabil-abu-rudeineh|true|ما تناقلته
            وقالت فرنسا إن «التصعيد خطير على الجميع». وقال وزير الخارجية الفرنسي جان إيف لودريان إن «باريس تدعو إلى الحوار» >> jean-yves-le-drian|false|باريس تدعو
            استقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية الأمريكي أنتوني بلينكن. وأكد جلالته أن «الحل العادل هو الطريق الوحيد إلى الاستقرار» >> abdullah-ii|false|الحل العادل
            التقى الرئيس الفلسطيني محمود عباس في رام الله وزير الخارجية الأمريكي أنتوني بلينكن. وقال سيادته إن «الاحتلال هو أصل كل الأزمات في المنطقة» >> mahmoud-abbas|false|الاحتلال هو أصل
            وجاء في بيان صادر عن جامعة الدول العربية أن «القرار يمثل انتهاكا صريحا للقانون الدولي» >> arab-league|false|القرار يمثل
            وأكد الرئيس اللبناني ميشال عون، بحسب بيان صادر عن مكتب الإعلام في الرئاسة اللبنانية، أن «لبنان لن يتخلى عن حقوقه في مياهه» >> lebanese-presidency|false|لبنان لن يتخلى
            وقال المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا غير بيدرسن إن «الحل السياسي هو المخرج الوحيد للأزمة» >> geir-pedersen|false|الحل السياسي
            من جانبه، قال وزير الخارجية الألماني في تغريدة إن «التصعيد يهدد فرص السلام في المنطقة» >> annalena-baerbock|false|التصعيد يهدد
            وردا على سؤال حول التنسيق مع واشنطن، قالت ماو نينغ إن بكين «تحافظ على التواصل مع جميع الأطراف المعنية» >> mao-ning|false|تحافظ على
            وقال لافروف إن موسكو منفتحة على كل المبادرات الجادة، مشيرا إلى أن الغرب لم يقدم أي ضمانات مكتوبة حتى الآن >> sergey-lavrov|true|موسكو منفتحة ; sergey-lavrov|true|الغرب لم يقدم
            وأعرب بلينكن عن قلق بلاده من تصاعد العنف في المنطقة >> antony-blinken|true|قلق بلاده
            وأكد لافروف خلال اللقاء حرص روسيا على تطوير العلاقات مع القاهرة >> sergey-lavrov|true|حرص روسيا
            وشدد بلينكن على ضرورة حماية المدنيين في كل الظروف >> antony-blinken|true|ضرورة حماية
            ودعا لافروف الأطراف كافة إلى ضبط النفس والعودة إلى الحوار >> sergey-lavrov|true|الأطراف كافة إلى
            وكان لودريان قد أجرى أمس اتصالا هاتفيا بنظيره التركي، دعا خلاله أنقرة إلى وقف عمليتها العسكرية في سوريا >> jean-yves-le-drian|true|خلاله أنقرة
            ونفى بيسكوف ما تردد عن اتصال هاتفي بين بوتين والرئيس الفرنسي >> dmitry-peskov|true|ما تردد
            وقال بلينكن إن «واشنطن لن تتخلى عن حلفائها في المنطقة»، داعيا جميع الأطراف إلى خفض التصعيد فورا >> antony-blinken|false|واشنطن لن ; antony-blinken|true|جميع الأطراف
            وقال بيسكوف إن الرئيس بوتين «مستعد للقاء نظيره في أي وقت مناسب» >> dmitry-peskov|false|مستعد للقاء
            وصرح المتحدث باسم الكرملين دميتري بيسكوف بأن الرئيس بوتين أكد «ضرورة احترام المصالح الأمنية لجميع الدول» >> dmitry-peskov|false|ضرورة احترام
            وقال بيسكوف في حديث لـ«الجزيرة» إن «العلاقات مع واشنطن تمر بأصعب مراحلها» >> dmitry-peskov|false|العلاقات مع واشنطن
            قال مصدر مقرب من لافروف للجزيرة إن «الزيارة ستتم في موعدها المحدد» >>
            رحبت وزارة الخارجية الروسية بقرار محكمة العدل الدولية. وأكدت الوزارة أن «القرار خطوة مهمة نحو تحقيق العدالة الدولية» >> russia-foreign-ministry|false|القرار خطوة
            وقالت وزارة الخارجية الروسية إن «الحوار هو السبيل الوحيد للحل». في المقابل، قالت الخارجية البوليفية إن «الحل يجب أن يحترم سيادة الدول» >> russia-foreign-ministry|false|الحوار هو ; ministry-of-foreign-affairs-bolivia|false|الحل يجب
            ومن المقرر أن يزور لافروف القاهرة الأسبوع المقبل لبحث الملفات الإقليمية، وفق ما أعلنته وزارة الخارجية الروسية >> russia-foreign-ministry|true|ومن المقرر أن يزور
            استقبل الرئيس الفلسطيني محمود عباس وزير الخارجية الأمريكي أنتوني بلينكن في رام الله. وأكد سيادة الرئيس أن «الشعب الفلسطيني لن يقبل بأي تهجير جديد» >> mahmoud-abbas|false|الشعب الفلسطيني
            التقى الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء الرئيس الفرنسي في الرياض. وكان ولي العهد قد قال: «المملكة ماضية في خططها للتنمية الشاملة» >> mohammed-bin-salman|false|المملكة ماضية
            وقال لافروف إن «موسكو تريد حلا يضمن أمن الجميع». وفي واشنطن، رحب السناتور بالاتفاق، وقال إن «الاتفاق يفتح صفحة جديدة بين البلدين» >> sergey-lavrov|false|موسكو تريد
            وعقب لقاء الزعيمين، قال الرئيس الفرنسي إيمانويل ماكرون إن «فرنسا ستواصل دعم لبنان في كل الظروف» >> emmanuel-macron|false|فرنسا ستواصل
            والتقى لافروف الرئيس السوري بشار الأسد في دمشق، حيث أبلغه الأسد أن «سوريا ترفض أي تدخل في شؤونها الداخلية» >> bashar-al-assad|false|سوريا ترفض
            ولن يلتقي لافروف وزير الخارجية التركي مولود تشاووش أوغلو، الذي كان قد اعتبر في تصريحات سابقة أن «الحل في سوريا سياسي لا عسكري» >> mevlut-cavusoglu|false|الحل في سوريا
            وقال لافروف إن المحادثات مع الجانب الأمريكي كانت صريحة، مضيفا أن "إعلان موسكو" يمثل خطوة أولى نحو تسوية شاملة >> sergey-lavrov|true|المحادثات مع ; sergey-lavrov|true|"إعلان موسكو" يمثل
            وقال بوريطة إن العلاقات بين البلدين متينة، مبرزا أن الرباط «شريك لا غنى عنه في المنطقة» >> nasser-bourita|true|العلاقات بين ; nasser-bourita|false|شريك لا غنى
            وزعم المتحدث باسم الكرملين دميتري بيسكوف أن موسكو «لن تقبل بأي شروط مسبقة» >> dmitry-peskov|false|لن تقبل
            ويعد هذا أول لقاء معلنة تفاصيله بين الوزيرين منذ عامين >>
            استقبل قائد الثورة الإسلامية آية الله السيد علي خامنئي رئيس الوزراء الياباني. وقال سماحته: «إيران لن تتفاوض تحت الضغط» >> ali-khamenei|false|إيران لن تتفاوض
            وأكد الرئيس الروسي فلاديمير بوتين، بحسب بيان صادر عن الكرملين، «ضرورة احترام المصالح الأمنية» >> kremlin|false|ضرورة احترام
            وأعلنت وزارة الخارجية الروسية في بيان استدعاء السفير الأمريكي للتشاور >> russia-foreign-ministry|true|استدعاء السفير
            «لن نقبل بأي تسوية على حساب الشعب الفلسطيني»، قال الرئيس الفلسطيني محمود عباس >> mahmoud-abbas|false|لن نقبل
            "الوضع في غزة كارثي ولا يحتمل التأجيل"، يقول وزير الخارجية الأردني أيمن الصفدي >> ayman-safadi|false|الوضع في غزة
            "الوضع في غزة كارثي ولا يحتمل التأجيل"، بحسب بيان وزارة الخارجية الأردنية >> jordan-foreign-ministry|false|الوضع في غزة
            "الوضع في غزة كارثي ولا يحتمل التأجيل"، قال مسؤول أردني رفض الكشف عن اسمه >>
            ونفى وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني أن يكون أي مسؤول قطري قد التقى مسؤولين سعوديين >> mohammed-bin-abdulrahman-al-thani|true|أن يكون أي مسؤول
            القاهرة (رويترز) - صرح المتحدث باسم الهيئة العليا للانتخابات بأن الانتخابات ستجري في موعدها المحدد الشهر المقبل >>
            القاهرة (أ ش أ) - أكد المتحدث باسم لجنة الشؤون العربية أن القمة العربية ستبحث الأوضاع في غزة والسودان >>
            وذكر بيان لوزارة الخارجية العراقية أن اللقاء بحث تفعيل الاتفاقية الإطارية بين البلدين >> iraq-foreign-ministry|true|اللقاء بحث
            وذكر بيان لمكتب رئيس الوزراء العراقي تلقته وكالة الأنباء العراقية (واع)، أن "اللقاء بحث تفعيل الاتفاقية الإطارية بين البلدين" >> iraq-prime-ministers-office|false|اللقاء بحث
            وقال بيان للرئيس الأمريكي جو بايدن إن اللقاء بحث تفعيل الاتفاقية الإطارية بين البلدين >> joe-biden|true|اللقاء بحث
            وتلقى ولي العهد الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الأوكراني فولوديمير زيلينسكي، أعرب خلاله عن شكره وتقديره لسموه على جهوده في الإفراج عن الأسرى >> volodymyr-zelensky|true|شكره وتقديره
            وتلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون، أعرب خلاله السيسي عن شكره له على جهوده في الوساطة >> abdel-fattah-el-sisi|true|شكره له
            """)
    void speakersFromVerbsStatementsAndContinuations(String body, String expected) {
        List<String> got = BUNDLED.analyze(new ArticleInput("q", null, body, "2022-02-12", "")).quotes().stream()
                .map(q -> q.speakerId() + "|" + q.indirect() + "|" + q.text().substring(0, Math.min(q.text().length(), 40))).toList();
        List<String> want = expected == null ? List.of() : java.util.Arrays.stream(expected.split(" ; ")).map(String::strip).toList();
        assertThat(got).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            assertThat(got.get(i)).startsWith(want.get(i));
        }
    }
}
