package org.newsint.nlp.events;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsint.nlp.pipeline.Analysis;
import org.newsint.nlp.pipeline.ArticleInput;
import org.newsint.nlp.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contact events through the whole pipeline (bundled KB), on sentences the team wrote. Each row: publication
 * day, text, and the expected events as {@code TYPE STATUS DATE [participant ids] initiator} joined by " ; ",
 * participants sorted, "-" for none.
 */
class EventExtractorTest {

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline();
    }

    static String events(String day, String body) {
        // «\\n» in a row is a paragraph break
        Analysis a = pipeline.analyze(new ArticleInput("t", null, body.replace("\\n", "\n"), day, null));
        List<String> out = new ArrayList<>();
        for (Analysis.Event e : a.events()) {
            out.add(e.type() + " " + e.status() + " " + (e.date() == null ? "-" : e.date()) + " "
                    + new TreeSet<>(e.participantIds()) + " " + (e.initiatorId() == null ? "-" : e.initiatorId()));
        }
        return String.join(" ; ", out);
    }

    @ParameterizedTest(name = "{index}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # «أجرى اتصالا بـX»: the caller initiated; «اليوم الإثنين» is the publication day
            2020-05-04 | أجرى وزير الخارجية التركي مولود جاويش أوغلو اليوم الإثنين اتصالا هاتفيا بنظيره الإيراني محمد جواد ظريف. | PHONE_CALL HAPPENED 2020-05-04 [mevlut-cavusoglu, mohammad-javad-zarif] mevlut-cavusoglu
            # «تلقى اتصالا من X»: X initiated
            2019-03-12 | تلقى الرئيس المصري عبد الفتاح السيسي أمس اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون. | PHONE_CALL HAPPENED 2019-03-11 [abdel-fattah-el-sisi, emmanuel-macron] emmanuel-macron
            # «بين X وY» and a video medium
            2022-06-10 | عقدت قمة عبر الفيديو بين رئيس الوزراء الهندي ناريندرا مودي والمستشار الألماني أولاف شولتس. | VIDEO_CALL HAPPENED 2022-06-10 [narendra-modi, olaf-scholz] -
            # a meeting with its place; the later sentence about the same meeting adds nothing new
            2018-09-20 | التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في القاهرة. وبحث الوزيران خلال اللقاء الأوضاع في المنطقة. | MEETING HAPPENED 2018-09-20 [ayman-safadi, sameh-shoukry] -
            # planned: «من المقرر أن», a date after the publication day
            2018-09-20 | ومن المقرر أن يلتقي وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في القاهرة يوم 25 أيلول/سبتمبر الجاري. | MEETING PLANNED 2018-09-25 [ayman-safadi, sameh-shoukry] -
            # negated
            2020-02-03 | نفى المتحدث باسم الخارجية الإيرانية أن يكون ظريف قد أجرى أي اتصال مع وزير الخارجية التركي مولود جاويش أوغلو. | PHONE_CALL NEGATED - [mevlut-cavusoglu, mohammad-javad-zarif] -
            # the initiative given by a nationality adjective goes to the participant of that country
            2020-05-04 | جرت المحادثة الهاتفية بين وزير الخارجية التركي مولود جاويش أوغلو ونظيره الإيراني محمد جواد ظريف بمبادرة تركية. | PHONE_CALL HAPPENED 2020-05-04 [mevlut-cavusoglu, mohammad-javad-zarif] mevlut-cavusoglu
            # anaphora: «وجرى الاتصال بمبادرة من الجانب الإيراني» completes the call named before
            2020-05-04 | بحث وزير الخارجية التركي مولود جاويش أوغلو هاتفيا مع نظيره الإيراني محمد جواد ظريف العلاقات الثنائية. وجرى الاتصال بمبادرة من الجانب الإيراني. | PHONE_CALL HAPPENED 2020-05-04 [mevlut-cavusoglu, mohammad-javad-zarif] mohammad-javad-zarif
            # a phone call with two others is two calls
            2021-01-05 | أجرى الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء محادثتين هاتفيتين مع الرئيس الفرنسي إيمانويل ماكرون والرئيس المصري عبد الفتاح السيسي. | PHONE_CALL HAPPENED 2021-01-05 [emmanuel-macron, recep-tayyip-erdogan] recep-tayyip-erdogan ; PHONE_CALL HAPPENED 2021-01-05 [abdel-fattah-el-sisi, recep-tayyip-erdogan] recep-tayyip-erdogan
            # countries when no one is named; «في جنيف»
            2021-11-29 | انطلقت في فيينا اليوم مفاوضات بين إيران والاتحاد الأوروبي. | TALKS HAPPENED 2021-11-29 [european-union, iran] -
            # the person who reports a contact is not one of its sides
            2022-12-01 | وقال المتحدث باسم الكرملين إن الرئيس الروسي فلاديمير بوتين التقى الرئيس التركي رجب طيب أردوغان في سوتشي. | MEETING HAPPENED 2022-12-01 [recep-tayyip-erdogan, vladimir-putin] -
            # two contacts in one sentence: the first one's other side is not at the second
            2018-07-13 | التقى الرئيس الأمريكي دونالد ترامب رئيسة الوزراء البريطانية تيريزا ماي اليوم الجمعة قبل أيام من قمة مرتقبة مع الرئيس الروسي فلاديمير بوتين. | MEETING HAPPENED 2018-07-13 [donald-trump, theresa-may] - ; MEETING PLANNED - [donald-trump, vladimir-putin] -
            # «بين» after «العلاقات» or «الوساطة» names no contact's sides
            2024-08-20 | وجرى خلال الاجتماع استعراض جهود الوساطة المشتركة بين دولة قطر وجمهورية مصر العربية والولايات المتحدة. | -
            2016-07-10 | وقال نتنياهو إن الزيارة تعكس التغيير الكبير في العلاقات بين إسرائيل ومصر. | -
            # «قال X إنه التقى Y»: the one speaking took part
            2022-08-11 | قال وزير الخارجية التركي مولود جاويش أوغلو إنه التقى نظيره السوري فيصل المقداد على هامش الاجتماع. | MEETING HAPPENED 2022-08-11 [faisal-mekdad, mevlut-cavusoglu] -
            # coordinated verbs share their subject: «زار X القاهرة … والتقى Y»
            2019-09-20 | وكان وزير الخارجية الأردني أيمن الصفدي قد زار القاهرة أمس والتقى الرئيس المصري عبد الفتاح السيسي. | MEETING HAPPENED 2019-09-19 [abdel-fattah-el-sisi, ayman-safadi] -
            # «تلقى … اتصالا هاتفيا اليوم الثلاثاء من X»: words between the call and «من», a title before the name
            2018-09-18 | تلقى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا اليوم الثلاثاء من وزير الخارجية المصري سامح شكري. | PHONE_CALL HAPPENED 2018-09-18 [ayman-safadi, sameh-shoukry] sameh-shoukry
            # communication lines and press interviews are not contacts
            2022-12-01 | وأكد أن خطوط الاتصال بين الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان مفتوحة. | -
            # no second side: no event
            2022-12-01 | وأجرى وزير الخارجية التركي مولود جاويش أوغلو اتصالات مكثفة. | -
            # a visit is a meeting with the host: the one person of the story who stands for the destination's country
            2019-02-11 | وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة اليوم في زيارة رسمية. وكان في مقدمة مستقبليه الرئيس المصري عبد الفتاح السيسي. | MEETING HAPPENED 2019-02-11 [abdel-fattah-el-sisi, emmanuel-macron] -
            2019-02-11 | بحث الرئيس المصري عبد الفتاح السيسي هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون ترتيبات الزيارة التي سيقوم بها ماكرون إلى القاهرة الشهر المقبل. | PHONE_CALL HAPPENED 2019-02-11 [abdel-fattah-el-sisi, emmanuel-macron] - ; MEETING PLANNED 2019-03 [abdel-fattah-el-sisi, emmanuel-macron] -
            # no host named: no meeting
            2019-02-11 | وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة اليوم في زيارة رسمية تستمر يومين. | -
            # a guest received by several hosts of one country, or «ثم»: one meeting each; «اجتماع ثلاثي»: one
            2021-05-26 | التقى وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة اليوم الرئيس المصري عبد الفتاح السيسي ووزير الخارجية سامح شكري. | MEETING HAPPENED 2021-05-26 [abdel-fattah-el-sisi, antony-blinken] - ; MEETING HAPPENED 2021-05-26 [antony-blinken, sameh-shoukry] -
            2021-05-26 | التقى وزير الخارجية الأمريكي أنتوني بلينكن اليوم الرئيس المصري عبد الفتاح السيسي ثم العاهل الأردني الملك عبد الله الثاني. | MEETING HAPPENED 2021-05-26 [abdel-fattah-el-sisi, antony-blinken] - ; MEETING HAPPENED 2021-05-26 [abdullah-ii, antony-blinken] -
            2021-06-27 | عقد الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني ورئيس الوزراء العراقي مصطفى الكاظمي اليوم اجتماعا ثلاثيا في بغداد. | MEETING HAPPENED 2021-06-27 [abdel-fattah-el-sisi, abdullah-ii, mustafa-al-kadhimi] -
            # the agent after the noun: «اتصال هاتفي أجراه X مع Y» (X called), «تلقاه X من Y» (Y called)
            2022-03-02 | وجاء ذلك خلال اتصال هاتفي أجراه الرئيس التركي رجب طيب أردوغان مع الرئيس الفرنسي إيمانويل ماكرون. | PHONE_CALL HAPPENED 2022-03-02 [emmanuel-macron, recep-tayyip-erdogan] recep-tayyip-erdogan
            2022-03-02 | وجاء ذلك خلال اتصال هاتفي تلقاه الرئيس التركي رجب طيب أردوغان من الرئيس الفرنسي إيمانويل ماكرون. | PHONE_CALL HAPPENED 2022-03-02 [emmanuel-macron, recep-tayyip-erdogan] emmanuel-macron
            # «بحث X مع Y …» first, «جاء ذلك في اتصال هاتفي» after: one call
            2022-03-02 | بحث الرئيس التركي رجب طيب أردوغان اليوم مع الرئيس الفرنسي إيمانويل ماكرون الأزمة الأوكرانية. وجاء ذلك في اتصال هاتفي أجراه أردوغان مع ماكرون. | PHONE_CALL HAPPENED 2022-03-02 [emmanuel-macron, recep-tayyip-erdogan] recep-tayyip-erdogan
            # an invitation is not a visit, unless accepted; agreeing on a meeting plans one; vague «مواصلة الاتصالات» is none
            2022-03-02 | ودعا الرئيس الفرنسي إيمانويل ماكرون الرئيس التركي رجب طيب أردوغان لزيارة باريس. | -
            2022-03-02 | ودعا الرئيس الفرنسي إيمانويل ماكرون الرئيس التركي رجب طيب أردوغان لزيارة باريس الشهر المقبل، وهي دعوة قبلها أردوغان. | MEETING PLANNED 2022-04 [emmanuel-macron, recep-tayyip-erdogan] -
            2022-03-02 | أجرى الرئيس التركي رجب طيب أردوغان اليوم اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون، اتفقا خلاله على عقد لقاء قريبا وعلى مواصلة الاتصالات. | PHONE_CALL HAPPENED 2022-03-02 [emmanuel-macron, recep-tayyip-erdogan] recep-tayyip-erdogan ; MEETING PLANNED - [emmanuel-macron, recep-tayyip-erdogan] -
            # «الرئيس الأمريكي السابق جو بايدن» is not the president of the day; «بعد مكالمته مع X» is not what «أجرى» made
            2025-02-13 | وكان بوتين قد أجرى مكالمة مع الرئيس الأمريكي السابق جو بايدن في شباط/فبراير 2022. | PHONE_CALL HAPPENED 2022-02 [joe-biden, vladimir-putin] vladimir-putin
            # those present («بحضور») are not sides; «من المقرر أن» is no report, so the subject before it stays
            2021-05-26 | استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الأمريكي أنتوني بلينكن بحضور وزير الخارجية سامح شكري. | MEETING HAPPENED 2021-05-26 [abdel-fattah-el-sisi, antony-blinken] -
            2021-05-26 | ويتوجه بلينكن غدا إلى عمان حيث من المقرر أن يلتقي العاهل الأردني الملك عبد الله الثاني. | MEETING PLANNED 2021-05-27 [abdullah-ii, antony-blinken] -
            # «زار X طهران حيث التقى A والرئيس B»: X, the subject of the visit, met each host
            2019-02-26 | وكان الرئيس السوري بشار الأسد قد زار طهران أمس حيث التقى المرشد علي خامنئي والرئيس حسن روحاني. | MEETING HAPPENED 2019-02-25 [ali-khamenei, bashar-al-assad] - ; MEETING HAPPENED 2019-02-25 [bashar-al-assad, hassan-rouhani] -
            # «وتعد زيارة X هي الأولى» («is considered») plans nothing; a place far into the sentence is still the place
            2016-01-21 | استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الخميس، الرئيس الصيني شي جين بينغ، بقصر القبة في القاهرة. وتعد زيارة الرئيس الصيني لمصر هي الأولى لرئيس صيني منذ سنوات. | MEETING HAPPENED 2016-01-21 [abdel-fattah-el-sisi, xi-jinping] -
            # «ويعد هذا الاتصال أول …» is «is considered» too, with words between; «يعد X لزيارة» prepares one
            2023-04-06 | اجتمع وزير الخارجية السعودي فيصل بن فرحان اليوم مع نظيره الإيراني حسين أمير عبد اللهيان. ويعد هذا الاجتماع أول لقاء رسمي منذ سنوات. | MEETING HAPPENED 2023-04-06 [faisal-bin-farhan, hossein-amir-abdollahian] -
            2019-02-11 | ويعد الرئيس الفرنسي إيمانويل ماكرون لزيارة القاهرة حيث يلتقي الرئيس المصري عبد الفتاح السيسي. | MEETING PLANNED - [abdel-fattah-el-sisi, emmanuel-macron] -
            # «هذا الاتصال», «وهذه هي الزيارة»: the contact just told, named again; a date said of it dates another
            2023-04-06 | أجرى الرئيس الصيني شي جين بينغ اليوم اتصالا هاتفيا بالرئيس الأوكراني فولوديمير زيلينسكي. ويعد هذا الاتصال أول محادثة بين رئيسي البلدين منذ شباط/فبراير 2022. | PHONE_CALL HAPPENED 2023-04-06 [volodymyr-zelensky, xi-jinping] xi-jinping
            2019-02-11 | التقى الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة الرئيس الفرنسي إيمانويل ماكرون. وهذه هي الزيارة الأولى لماكرون إلى مصر منذ انتخابه في أيار/مايو 2017. | MEETING HAPPENED 2019-02-11 [abdel-fattah-el-sisi, emmanuel-macron] -
            # a denial reaches no further than a new report in its sentence; «مجلس النواب في طبرق» is where a body sits
            2017-05-03 | التقى رئيس المجلس الرئاسي فائز السراج، أمس الثلاثاء، المشير خليفة حفتر في أبوظبي. ونفى المتحدث باسم الجيش الليبي أحمد المسماري أن يكون حفتر قد وقع على أي اتفاق مكتوب، وقال إن اللقاء كان فرصة لعرض رؤية القيادة العامة. | MEETING HAPPENED 2017-05-02 [fayez-al-sarraj, khalifa-haftar] -
            # a dual title followed by the two names: those two, not the knowledge base's holders of the day
            2023-03-10 | التقى وزيرا خارجية روسيا والصين سيرغي لافروف ووانغ يي في موسكو اليوم الجمعة. | MEETING HAPPENED 2023-03-10 [sergey-lavrov, wang-yi] -
            # «الأسبوع المقبل/الماضي» tells the week, not the day: the contact stays undated; «نظيره الإسباني X» is X
            2024-05-22 | ومن المقرر أن يتوجه رئيس الوزراء محمد مصطفى إلى مدريد الأسبوع المقبل، للقاء نظيره الإسباني خوسيه مانويل ألباريس. | MEETING PLANNED - [jose-manuel-albares, mohammad-mustafa] -
            2024-05-22 | وكان وزير الخارجية المصري سامح شكري قد التقى نظيره الأردني أيمن الصفدي في عمان الأسبوع الماضي. | MEETING HAPPENED - [ayman-safadi, sameh-shoukry] -
            # a contact that is the topic of a denial has its sides after it; an aide's principal named in his title is no side
            2019-05-14 | نفت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا ما تناقلته وسائل إعلام عن لقاء سري جمع نائب وزير الخارجية سيرغي ريابكوف ووزير الخارجية الأمريكي مايك بومبيو في هلسنكي. | MEETING NEGATED - [mike-pompeo, sergei-ryabkov] -
            2025-05-16 | وترأس الوفد الروسي فلاديمير ميدينسكي مساعد الرئيس فلاديمير بوتين، والتقى في إسطنبول اليوم وزير الدفاع الأوكراني رستم عمروف. | MEETING HAPPENED 2025-05-16 [rustem-umerov, vladimir-medinsky] -
            # talks and a reception the same day with the same person: one contact, of the type named first
            2022-07-18 | بحث الشيخ محمد بن زايد آل نهيان والرئيس الفرنسي إيمانويل ماكرون خلال جلسة مباحثات رسمية عقدت اليوم في باريس العلاقات الثنائية. وكان الرئيس الفرنسي إيمانويل ماكرون في مقدمة مستقبلي الشيخ محمد بن زايد آل نهيان لدى وصوله اليوم إلى قصر الإليزيه. | TALKS HAPPENED 2022-07-18 [emmanuel-macron, mohamed-bin-zayed-al-nahyan] -
            # «فيما» opens the next contact's clause: its subject is not a side of the one before
            2015-10-24 | وكان كيري قد التقى نتنياهو في برلين يوم الخميس الماضي، فيما كان العاهل الأردني الملك عبد الله الثاني قد بحث هاتفيا مع كيري مطلع الشهر الجاري الأوضاع في المنطقة. | MEETING HAPPENED 2015-10-22 [benjamin-netanyahu, john-kerry] - ; PHONE_CALL HAPPENED 2015-10 [abdullah-ii, john-kerry] -
            # a plan with one side named is not that side's contact held today
            2025-05-24 | التقى وزير الخارجية السوري أسعد الشيباني اليوم نظيره التركي هاكان فيدان في إسطنبول. وذكرت الوزارة أن المبعوث سيزور دمشق قريبا، حيث من المقرر أن يلتقي الوزير الشيباني. | MEETING HAPPENED 2025-05-24 [asaad-al-shaibani, hakan-fidan] -
            # whoever sent the visitor («بتكليف من …»), past a comma, takes no part
            2023-08-24 | حل وزير الخارجية الجزائري أحمد عطاف اليوم الخميس بكوتونو في زيارة عمل إلى جمهورية بنين، وذلك بتكليف من رئيس الجمهورية، السيد عبد المجيد تبون. | -
            # each contact takes the medium after it, not the one left from the call before it in the sentence
            2024-08-16 | وكان رئيس الوزراء القطري محمد بن عبدالرحمن آل ثاني قد تلقى أمس اتصالا هاتفيا من وزير الخارجية الأمريكي أنتوني بلينكن، كما عقد يوم الأربعاء اجتماعا عبر تقنية الاتصال المرئي مع وزير الخارجية المصري بدر عبد العاطي. | PHONE_CALL HAPPENED 2024-08-15 [antony-blinken, mohammed-bin-abdulrahman-al-thani] antony-blinken ; VIDEO_CALL HAPPENED 2024-08-14 [badr-abdelatty, mohammed-bin-abdulrahman-al-thani] -
            # «لقاءين منفصلين» the day of a three-way meeting: two more contacts, not the joint one again
            2021-01-11 | عقد الرئيس الروسي فلاديمير بوتين اليوم اجتماعا ثلاثيا مع الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء الأرميني نيكول باشينيان. وقبيل الاجتماع الثلاثي، عقد بوتين لقاءين منفصلين مع كل من علييف وباشينيان. | MEETING HAPPENED 2021-01-11 [ilham-aliyev, nikol-pashinyan, vladimir-putin] - ; MEETING HAPPENED 2021-01-11 [ilham-aliyev, vladimir-putin] - ; MEETING HAPPENED 2021-01-11 [nikol-pashinyan, vladimir-putin] -
            # «بعد عشرة أيام من لقاء»: that many days before the contact told just before (here today's)
            2025-05-24 | التقى الرئيس السوري أحمد الشرع اليوم في إسطنبول الرئيس التركي رجب طيب أردوغان. ويأتي اللقاء بعد عشرة أيام من لقاء جمع الرئيس الشرع والرئيس الأمريكي دونالد ترامب في الرياض. | MEETING HAPPENED 2025-05-24 [ahmed-al-sharaa, recep-tayyip-erdogan] - ; MEETING HAPPENED 2025-05-14 [ahmed-al-sharaa, donald-trump] -
            # «القمة التي كان من المقرر أن تجمع X وY … قد أرجئت»: the sides after «من المقرر أن», called off later in the sentence
            2019-06-20 | وكانت القمة الثنائية التي كان من المقرر أن تجمع الرئيس الأمريكي دونالد ترامب والرئيس الصيني شي جين بينغ في أوساكا قد أرجئت بسبب الخلاف التجاري. | MEETING NEGATED - [donald-trump, xi-jinping] -
            2019-06-20 | وكانت القمة التي كان من المقرر أن تجمع الرئيس الأمريكي دونالد ترامب والرئيس الصيني شي جين بينغ في أوساكا الأسبوع المقبل محور الاتصال. | MEETING PLANNED - [donald-trump, xi-jinping] -
            # who announces a cancelled summit is not at it
            2019-06-20 | أعلن وزير الخارجية الياباني تارو كونو إلغاء القمة الثلاثية التي كان من المقرر أن تستضيفها طوكيو بمشاركة الرئيس الصيني شي جين بينغ ورئيس كوريا الجنوبية مون جيه إن. | MEETING NEGATED - [moon-jae-in, xi-jinping] -
            # «اتفق الوزراء الثلاثة على عقد اجتماعهم المقبل»: the three ministers (not the host who received them), another meeting to come
            2017-12-18 | عقد وزراء خارجية تونس خميس الجهيناوي والجزائر عبد القادر مساهل ومصر سامح شكري اليوم اجتماعا ثلاثيا في تونس. واستقبل الرئيس التونسي الباجي قائد السبسي الوزراء. واتفق الوزراء الثلاثة على عقد اجتماعهم المقبل في القاهرة. | MEETING HAPPENED 2017-12-18 [abdelkader-messahel, khemaies-jhinaoui, sameh-shoukry] - ; MEETING HAPPENED 2017-12-18 [abdelkader-messahel, beji-caid-essebsi, khemaies-jhinaoui, sameh-shoukry] - ; MEETING PLANNED - [abdelkader-messahel, khemaies-jhinaoui, sameh-shoukry] -
            # «اتفق X وY خلال اتصال هاتفي اليوم على عقد لقاء»: the agreement verb far before «على»
            2022-03-05 | اتفق وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي خلال اتصال هاتفي اليوم على عقد لقاء قريبا. | PHONE_CALL HAPPENED 2022-03-05 [ayman-safadi, sameh-shoukry] - ; MEETING PLANNED - [ayman-safadi, sameh-shoukry] -
            # the visitor meets each host of a list whose second name has its title («ووزير الخارجية X»); «يلتقي خلالها» is to come
            2022-03-05 | وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى القاهرة اليوم في زيارة رسمية يلتقي خلالها الرئيس عبد الفتاح السيسي ووزير الخارجية سامح شكري. | MEETING PLANNED 2022-03-05 [abdel-fattah-el-sisi, antony-blinken] - ; MEETING PLANNED 2022-03-05 [antony-blinken, sameh-shoukry] -
            # «أرجأ X لقاءه مع Y»: put off, so not held; «من المتوقع أن يجري» a plan
            2022-03-05 | أرجأ الرئيس عبد الفتاح السيسي لقاءه مع الرئيس الفرنسي إيمانويل ماكرون الذي كان مقررا اليوم. | MEETING NEGATED - [abdel-fattah-el-sisi, emmanuel-macron] -
            2022-03-05 | من المتوقع أن يجري الرئيس عبد الفتاح السيسي اتصالا هاتفيا بالرئيس الفرنسي إيمانويل ماكرون خلال الأيام المقبلة. | PHONE_CALL PLANNED - [abdel-fattah-el-sisi, emmanuel-macron] abdel-fattah-el-sisi
            # «…، فيما التقى Y Z»: the first clause's subject is not a side of the contact the break opens
            2022-03-05 | التقى وزير الخارجية الروسي سيرغي لافروف اليوم نظيره الصيني وانغ يي، فيما التقى وزير الدفاع الروسي سيرغي شويغو نظيره الصيني وي فنغي. | MEETING HAPPENED 2022-03-05 [sergey-lavrov, wang-yi] - ; MEETING HAPPENED 2022-03-05 [sergei-shoigu, wei-fenghe] -
            # the caller is the calling verb's subject, not an actor named earlier in the region or inside the caller's title
            2020-06-25 | وتلقى الرئيس عبد الفتاح السيسي اليوم اتصالا من الرئيس الفرنسي إيمانويل ماكرون، بينما أجرى وزير الخارجية سامح شكري الأربعاء اتصالاً هاتفياً بنظيره الأمريكي مايك بومبيو. | PHONE_CALL HAPPENED 2020-06-25 [abdel-fattah-el-sisi, emmanuel-macron] emmanuel-macron ; PHONE_CALL HAPPENED 2020-06-24 [mike-pompeo, sameh-shoukry] sameh-shoukry
            2020-09-08 | أجرت رئيسة بعثة الأمم المتحدة للدعم في ليبيا بالإنابة ستيفاني ويليامز يوم الاثنين اتصالاً هاتفياً ببوريطة. | PHONE_CALL HAPPENED 2020-09-07 [nasser-bourita, stephanie-williams] stephanie-williams
            # «فيما عقد X مع الضيف جلسة مباحثات»: the break before the light verb opens the talks' clause; «، وفي مسقط … Y» another meeting
            2019-01-17 | استقبل أمير الكويت الشيخ صباح الأحمد أمس وزير الخارجية الأميركي مايك بومبيو، فيما عقد وزير الخارجية الشيخ صباح الخالد مع الضيف الأميركي جلسة مباحثات رسمية. | MEETING HAPPENED 2019-01-16 [mike-pompeo, sabah-al-ahmad-al-jaber-al-sabah] - ; TALKS HAPPENED 2019-01-16 [mike-pompeo, sabah-al-khalid-al-hamad-al-sabah] -
            2019-01-17 | وكان بومبيو قد التقى الأحد في الدوحة أمير قطر الشيخ تميم بن حمد آل ثاني، وفي مسقط السلطان قابوس بن سعيد. | MEETING HAPPENED 2019-01-13 [mike-pompeo, tamim-bin-hamad-al-thani] - ; MEETING HAPPENED 2019-01-13 [mike-pompeo, qaboos-bin-said] -
            # a meeting held on a day named before the story's, then a plan between the same sides: two contacts
            2024-06-11 | التقى وزير الخارجية الإيراني علي باقري كني مساء الاثنين نظيره السعودي فيصل بن فرحان. ومن المقرر أن يلتقي باقري كني وفيصل بن فرحان مجددا في طهران. | MEETING HAPPENED 2024-06-10 [ali-bagheri-kani, faisal-bin-farhan] - ; MEETING PLANNED - [ali-bagheri-kani, faisal-bin-farhan] -
            # only the year told of the contact: no day (not the story's); a year after «منذ» dates something else
            2022-03-05 | التقى الرئيس عبد الفتاح السيسي العام الماضي الرئيس الفرنسي إيمانويل ماكرون. | MEETING HAPPENED - [abdel-fattah-el-sisi, emmanuel-macron] -
            2022-03-05 | التقى الرئيس عبد الفتاح السيسي عام 2019 الرئيس الفرنسي إيمانويل ماكرون. | MEETING HAPPENED - [abdel-fattah-el-sisi, emmanuel-macron] -
            2022-03-05 | التقى الرئيس عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون في أول لقاء بينهما منذ مطلع العام الماضي. | MEETING HAPPENED 2022-03-05 [abdel-fattah-el-sisi, emmanuel-macron] -
            # the subject after a calling verb called («اتصل X بـY», «هاتف X Y», «بادر X بالاتصال بـY»)
            2022-03-05 | هاتف الرئيس الفرنسي إيمانويل ماكرون اليوم نظيره الأمريكي جو بايدن. | PHONE_CALL HAPPENED 2022-03-05 [emmanuel-macron, joe-biden] emmanuel-macron
            2022-03-05 | بادر الرئيس الفرنسي إيمانويل ماكرون اليوم بالاتصال بنظيره الأمريكي جو بايدن. | PHONE_CALL HAPPENED 2022-03-05 [emmanuel-macron, joe-biden] emmanuel-macron
            # «تلقى X اتصالين من A وB»: two calls, each placed by its caller
            2022-03-05 | تلقى الرئيس الأمريكي جو بايدن اليوم اتصالين هاتفيين من الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس. | PHONE_CALL HAPPENED 2022-03-05 [emmanuel-macron, joe-biden] emmanuel-macron ; PHONE_CALL HAPPENED 2022-03-05 [joe-biden, olaf-scholz] olaf-scholz
            # a caller named before the clause of his call: «أجرى X بعد مكالمته مع Y اتصالا بـZ», «اتصال مماثل أجراه مع Z»
            2022-03-05 | وذكر الإليزيه أن ماكرون أجرى بعد مكالمته مع بوتين اتصالا هاتفيا بالرئيس الأوكراني فولوديمير زيلينسكي. | PHONE_CALL HAPPENED 2022-03-05 [emmanuel-macron, vladimir-putin] - ; PHONE_CALL HAPPENED 2022-03-05 [emmanuel-macron, volodymyr-zelensky] emmanuel-macron
            2022-03-05 | وبحث وزير الخارجية التركي مولود تشاووش أوغلو هاتفيا مع نظيره الروسي سيرغي لافروف اليوم الأوضاع، وذلك بعد ساعات من اتصال مماثل أجراه مع نظيره الأوكراني دميترو كوليبا. | PHONE_CALL HAPPENED 2022-03-05 [mevlut-cavusoglu, sergey-lavrov] - ; PHONE_CALL HAPPENED 2022-03-05 [dmytro-kuleba, mevlut-cavusoglu] mevlut-cavusoglu
            # a person hosting talks between others sits at them, where he hosts them
            2016-04-06 | وكان وزير الخارجية الأمريكي جون كيري قد استضاف في واشنطن، مطلع الشهر الجاري، محادثات بين وزيري خارجية أذربيجان إلمار محمدياروف وأرمينيا إدوارد نالبانديان. | TALKS HAPPENED 2016-04 [edward-nalbandian, elmar-mammadyarov, john-kerry] -
            # guests received together are one reception; «لقاءات ثنائية» with several are one meeting each
            2019-03-09 | استقبل الرئيس التونسي الباجي قائد السبسي اليوم في قصر قرطاج رئيس المجلس الرئاسي الليبي فايز السراج وقائد الجيش الليبي خليفة حفتر. | MEETING HAPPENED 2019-03-09 [beji-caid-essebsi, fayez-al-sarraj, khalifa-haftar] -
            2019-03-31 | وعقد الملك سلمان بن عبدالعزيز على هامش القمة لقاءات ثنائية مع الرئيس التونسي الباجي قائد السبسي ورئيس الوزراء العراقي عادل عبد المهدي. | MEETING HAPPENED 2019-03-31 [beji-caid-essebsi, salman-bin-abdulaziz] - ; MEETING HAPPENED 2019-03-31 [adil-abdul-mahdi, salman-bin-abdulaziz] -
            # «كبير مستشاري الرئيس الأمريكي» describes the guest: the president takes no part
            2020-09-01 | استقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح اليوم جاريد كوشنر كبير مستشاري الرئيس الأمريكي. | MEETING HAPPENED 2020-09-01 [jared-kushner, sabah-al-ahmad-al-jaber-al-sabah] -
            # an envoy received is a side: only a principal (a head of state or government) named in a title is not
            2024-05-05 | استقبل الرئيس المصري عبد الفتاح السيسي اليوم مبعوث الرئيس الروسي ميخائيل بوغدانوف. | MEETING HAPPENED 2024-05-05 [abdel-fattah-el-sisi, mikhail-bogdanov] -
            # «بعد اللقاء» points back to a contact told before; the sentence's own contact is the call
            2017-11-18 | وأفاد قصر الإليزيه بأن ماكرون أجرى بعد اللقاء اتصالا هاتفيا بالرئيس اللبناني ميشال عون. | PHONE_CALL HAPPENED 2017-11-18 [emmanuel-macron, michel-aoun] emmanuel-macron
            # «سيادته» is the one named «سيادة الرئيس», not the prime minister named after him
            2024-05-22 | تلقى سيادة الرئيس محمود عباس اليوم اتصالا هاتفيا من رئيس وزراء إسبانيا بيدرو سانشيز. كما تلقى سيادته اتصالا هاتفيا مماثلا من رئيس وزراء النرويج يوناس غار ستوره. | PHONE_CALL HAPPENED 2024-05-22 [mahmoud-abbas, pedro-sanchez] pedro-sanchez ; PHONE_CALL HAPPENED 2024-05-22 [jonas-gahr-store, mahmoud-abbas] jonas-gahr-store
            # review cases: «توجه» is no invitation, «قبل» («before») no acceptance, «مجلس الوزراء» no group, «بحضور X،» only X
            2022-03-02 | توجه الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة اليوم في زيارة رسمية. وكان في مقدمة مستقبليه الرئيس المصري عبد الفتاح السيسي. | MEETING HAPPENED 2022-03-02 [abdel-fattah-el-sisi, emmanuel-macron] -
            2022-03-02 | دعا الرئيس المصري عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون إلى زيارة القاهرة قبل نهاية العام. | -
            2022-03-02 | أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا بالرئيس الروسي فلاديمير بوتين. وفي أنقرة، عقد مجلس الوزراء التركي اجتماعه الأسبوعي. | PHONE_CALL HAPPENED 2022-03-02 [recep-tayyip-erdogan, vladimir-putin] recep-tayyip-erdogan
            2022-03-02 | وبحضور وزير الخارجية سامح شكري، استقبل الرئيس المصري عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون. | MEETING HAPPENED 2022-03-02 [abdel-fattah-el-sisi, emmanuel-macron] -
            2022-03-02 | التقى الرئيس الفلسطيني محمود عباس في رام الله وزير الخارجية الأمريكي أنتوني بلينكن ووزير الخارجية الأردني أيمن الصفدي لبحث خفض حدة التوتر. | MEETING HAPPENED 2022-03-02 [antony-blinken, ayman-safadi, mahmoud-abbas] -
            # «غداة X»: X was the day before the story's day
            2023-03-10 | وصل وزير الخارجية التركي مولود تشاووش أوغلو اليوم الجمعة إلى القاهرة. ويأتي ذلك غداة اتصال هاتفي أجراه تشاووش أوغلو بوزير الخارجية المصري سامح شكري. | PHONE_CALL HAPPENED 2023-03-09 [mevlut-cavusoglu, sameh-shoukry] mevlut-cavusoglu
            # … and a later undated contact does not take that day
            2023-03-10 | وصل وزير الخارجية التركي مولود تشاووش أوغلو اليوم الجمعة إلى القاهرة. ويأتي ذلك غداة اتصال هاتفي أجراه تشاووش أوغلو بوزير الخارجية المصري سامح شكري. وتناول الاتصال الأوضاع في المنطقة. والتقى تشاووش أوغلو الرئيس المصري عبد الفتاح السيسي. | PHONE_CALL HAPPENED 2023-03-09 [mevlut-cavusoglu, sameh-shoukry] mevlut-cavusoglu ; MEETING HAPPENED 2023-03-10 [abdel-fattah-el-sisi, mevlut-cavusoglu] -
            # a mediator («بوساطة X», «رغم وساطة قادها X») is no side of the contact
            2022-03-02 | والتقى الرئيس الفلسطيني محمود عباس اليوم في القاهرة رئيس المكتب السياسي لحركة حماس إسماعيل هنية بوساطة وزير الخارجية المصري سامح شكري. | MEETING HAPPENED 2022-03-02 [ismail-haniyeh, mahmoud-abbas] -
            # «بين» right after a comma still names the sides; after «، هو الأول» it belongs to another clause
            2022-01-18 | وقالت المتحدثة ماريا زاخاروفا، ردا على سؤال عما إذا كان سيعقد لقاء في إحدى الدول الأوروبية قريبا، بين وزيري خارجية روسيا والولايات المتحدة: «الإعداد جار». | MEETING PLANNED - [antony-blinken, sergey-lavrov] -
            2026-02-10 | أجرى وزير الخارجية الفرنسي جان نويل بارو، الاثنين، اتصالا هاتفيا بنظيره الجزائري أحمد عطاف، هو الأول بين الوزيرين منذ أشهر. | PHONE_CALL HAPPENED 2026-02-09 [ahmed-attaf, jean-noel-barrot] jean-noel-barrot
            # a group («الوزراء الثلاثة») is everyone in the last contact; their next meeting, a month later, is another contact
            2019-04-02 | شارك وزير الخارجية الأردني أيمن الصفدي اليوم الثلاثاء في اجتماع عبر الفيديو مع نظيريه المصري سامح شكري والعراقي محمد علي الحكيم. وبحث الاجتماع التعاون الاقتصادي. وتناول أيضا ملف الطاقة. وأكد الصفدي أهمية التنسيق. واتفق الوزراء الثلاثة على عقد اجتماعهم المقبل في بغداد الشهر المقبل. | VIDEO_CALL HAPPENED 2019-04-02 [ayman-safadi, mohamed-ali-alhakim, sameh-shoukry] - ; MEETING PLANNED 2019-05 [ayman-safadi, mohamed-ali-alhakim, sameh-shoukry] -
            # «أعرب خلاله X عن …»: what was said during the call names no side; «يلتقي خلالها X» does
            2019-06-07 | تلقى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا اليوم من وزير الخارجية الأمريكي مايك بومبيو، أعرب خلاله الأخير عن دعم بلاده لجهود الملك عبدالله الثاني. | PHONE_CALL HAPPENED 2019-06-07 [ayman-safadi, mike-pompeo] mike-pompeo
            2019-06-07 | ومن المقرر أن يقوم وزير الخارجية الأمريكي مايك بومبيو بزيارة إلى عمان غدا يلتقي خلالها الملك عبدالله الثاني. | MEETING PLANNED 2019-06-08 [abdullah-ii, mike-pompeo] -
            # «القمة التي جمعت X وY» names its sides; a name's last word «إن» («مون جيه إن») is no «إنّ» ending the clause
            2018-05-03 | وكانت القمة التي جمعت الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جيه إن قد عقدت يوم 27 أبريل الماضي. | MEETING HAPPENED 2018-04-27 [kim-jong-un, moon-jae-in] -
            2018-05-03 | التقى الرئيس الروسي فلاديمير بوتين أمس الرئيس الكوري الجنوبي مون جيه إن في موسكو. | MEETING HAPPENED 2018-05-02 [moon-jae-in, vladimir-putin] -
            # a possibility is no contact, and the verb discussing it makes none either
            2025-05-16 | وقال وزير الدفاع الأوكراني رستم عمروف إن الجانبين ناقشا أيضا احتمال عقد اجتماع بين الرئيس الأوكراني فولوديمير زيلينسكي والرئيس الروسي فلاديمير بوتين. | -
            2025-05-16 | وبحث الوزيران إمكانية لقاء الرئيسين الروسي فلاديمير بوتين والأوكراني فولوديمير زيلينسكي. | -
            # two countries joined by «و» as the subject are both sides; their delegations' heads named next make it their contact
            2022-03-10 | عقد مفاوضون من روسيا وأوكرانيا اليوم محادثات مباشرة في إسطنبول. | TALKS HAPPENED 2022-03-10 [russia, ukraine] -
            2025-06-02 | عقد مفاوضون من روسيا وأوكرانيا اليوم جولة محادثات ثانية في إسطنبول. وكان على رأس الوفد الروسي فلاديمير ميدينسكي، فيما قاد وزير الدفاع الأوكراني رستم عمروف وفد بلاده، والتقى ميدينسكي وعمروف ساعة واحدة. | TALKS HAPPENED 2025-06-02 [rustem-umerov, vladimir-medinsky] -
            # a country right after its city only places the city («في مدينة جدة السعودية»)
            2023-05-07 | بدأ ممثلون عن الجيش السوداني وقوات الدعم السريع أمس محادثات مباشرة في مدينة جدة السعودية. | TALKS HAPPENED 2023-05-06 [rapid-support-forces, sudan-armed-forces] -
            # the counterpart with a preposition on it («بنظيره التركي»)
            2019-10-17 | وكان وزير الخارجية الفرنسي جان إيف لودريان قد أجرى أمس اتصالا هاتفيا بنظيره التركي بحث خلاله الوضع في سوريا. | PHONE_CALL HAPPENED 2019-10-16 [jean-yves-le-drian, mevlut-cavusoglu] jean-yves-le-drian
            # a denied contact and a dated one between the same sides are two contacts
            2024-02-10 | نفت الرئاسة الجزائرية إجراء اتصال هاتفي بين الرئيس عبد المجيد تبون ونظيره الفرنسي إيمانويل ماكرون. وكان ماكرون وتبون قد أجريا آخر محادثة هاتفية بينهما في 18 تموز/يوليو 2023. | PHONE_CALL NEGATED - [abdelmadjid-tebboune, emmanuel-macron] - ; PHONE_CALL HAPPENED 2023-07-18 [abdelmadjid-tebboune, emmanuel-macron] -
            # a bare «وزير الخارجية» after two ministers were named is the story's own country's, named before
            2022-09-29 | تلقى سامح شكري، وزير الخارجية، اتصالا هاتفيا اليوم من وزير الخارجية الأمريكي أنتوني بلينكن. وكان وزير الخارجية قد التقى نظيره الإيراني في نيويورك الأسبوع الماضي. | PHONE_CALL HAPPENED 2022-09-29 [antony-blinken, sameh-shoukry] antony-blinken ; MEETING HAPPENED - [hossein-amir-abdollahian, sameh-shoukry] -
            # «خلال الأسابيع المقبلة» is a plan, not the «خلال» of a contact held; «من المنتظر أن» announces one
            2025-01-15 | التقى فيدان الرئيس السوري أحمد الشرع في دمشق. ومن المنتظر أن يزور الشرع تركيا خلال الأسابيع المقبلة تلبية لدعوة من الرئيس رجب طيب أردوغان. | MEETING HAPPENED 2025-01-15 [ahmed-al-sharaa, hakan-fidan] - ; MEETING PLANNED - [ahmed-al-sharaa, recep-tayyip-erdogan] -
            # «الوزراء الثلاثة» are the three of the last three-sided contact, though a call of two was told after it
            2019-04-02 | عقد وزراء خارجية الأردن أيمن الصفدي ومصر سامح شكري والعراق محمد علي الحكيم اليوم اجتماعا ثلاثيا في القاهرة. وكان الصفدي قد بحث هاتفيا أمس مع نظيره الفرنسي جان إيف لودريان الأوضاع في المنطقة. وقرر الوزراء الثلاثة عقد اجتماعهم المقبل في بغداد الشهر المقبل. | MEETING HAPPENED 2019-04-02 [ayman-safadi, mohamed-ali-alhakim, sameh-shoukry] - ; PHONE_CALL HAPPENED 2019-04-01 [ayman-safadi, jean-yves-le-drian] - ; MEETING PLANNED 2019-05 [ayman-safadi, mohamed-ali-alhakim, sameh-shoukry] -
            # a wire's present tense tells a plan, and a bare weekday of a plan is the coming one (published on a Tuesday)
            2023-10-17 | ويصل الرئيس الأميركي جو بايدن إلى تل أبيب صباح الأربعاء، حيث يلتقي رئيس الوزراء الإسرائيلي بنيامين نتانياهو. | MEETING PLANNED 2023-10-18 [benjamin-netanyahu, joe-biden] -
            2023-10-17 | والتقى الرئيس الأميركي جو بايدن رئيس الوزراء الإسرائيلي بنيامين نتانياهو الأربعاء الماضي. | MEETING HAPPENED 2023-10-11 [benjamin-netanyahu, joe-biden] -
            # «بناء على طلب الأخير/من الجانب الروسي»: the latter, or the side named, took the initiative
            2022-03-10 | أجرى وزير الخارجية المصري سامح شكري اليوم اتصالا هاتفيا بنظيره الروسي سيرغي لافروف، بناء على طلب الأخير. | PHONE_CALL HAPPENED 2022-03-10 [sameh-shoukry, sergey-lavrov] sergey-lavrov
            2022-03-10 | جرى اليوم اتصال هاتفي بين وزير الخارجية المصري سامح شكري ونظيره الروسي سيرغي لافروف بناء على طلب من الجانب الروسي. | PHONE_CALL HAPPENED 2022-03-10 [sameh-shoukry, sergey-lavrov] sergey-lavrov
            # a clause with no one in it keeps the subject carried on: Safadi visited Damascus and met al-Sharaa there
            2025-01-07 | وكان وزير الخارجية الأردني أيمن الصفدي قد بحث هاتفيا مع نظيره السوري أسعد الشيباني الأسبوع الماضي ترتيبات الزيارة، بعد أن زار دمشق في 23 كانون الأول الماضي، حيث التقى قائد الإدارة السورية الجديدة أحمد الشرع. | PHONE_CALL HAPPENED - [asaad-al-shaibani, ayman-safadi] - ; MEETING HAPPENED 2024-12-23 [ahmed-al-sharaa, ayman-safadi] -
            # «بينه وبين X»: the one speaking and X; «هذه المحادثات بعد … رسالة من X إلى Y» is the talks just told
            2025-04-12 | اختتمت في مسقط اليوم جولة المحادثات غير المباشرة بين وزير الخارجية الإيراني عباس عراقجي والمبعوث الأميركي ستيف ويتكوف. وأعلن عراقجي أن الجولة المقبلة من المحادثات بينه وبين ويتكوف ستعقد السبت المقبل. وتأتي هذه المحادثات بعد أسابيع من رسالة بعث بها الرئيس الأميركي دونالد ترامب إلى المرشد الإيراني علي خامنئي. | TALKS HAPPENED 2025-04-12 [abbas-araghchi, steve-witkoff] - ; TALKS PLANNED 2025-04-19 [abbas-araghchi, steve-witkoff] -
            # «قال X، الخميس، إنه التقى Y … في أكتوبر 2021»: the day of saying is not the contact's
            2022-08-11 | قال وزير الخارجية التركي مولود جاويش أوغلو، الخميس، إنه التقى نظيره السوري فيصل المقداد لفترة وجيزة على هامش اجتماع حركة عدم الانحياز الذي عقد في بلغراد في أكتوبر 2021. | MEETING HAPPENED 2021-10 [faisal-mekdad, mevlut-cavusoglu] -
            # the future «س» on an imperfect verb («سيلتقي», «وستزور»): a planned contact
            2023-03-04 | سيلتقي الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في موسكو. | MEETING PLANNED - [vladimir-putin, xi-jinping] -
            2019-06-07 | وأعلن الديوان الملكي أن الملك عبدالله الثاني سيستقبل غدا وزير الخارجية الأمريكي مايك بومبيو. | MEETING PLANNED 2019-06-08 [abdullah-ii, mike-pompeo] -
            # the summit on whose margins a contact is held is no contact of its own (nor are its city and organisation sides)
            2018-07-02 | أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم محادثات في نواكشوط مع نظيره الموريتاني محمد ولد عبد العزيز، على هامش قمة الاتحاد الأفريقي التي اختتمت أعمالها في العاصمة الموريتانية. | TALKS HAPPENED 2018-07-02 [emmanuel-macron, mohamed-ould-abdel-aziz] -
            # an organisation's own summit is no contact between the organisation and its host; two sides' summit is
            2026-03-04 | بحث الوزيران التحضير لقمة مجموعة بريكس التي تستضيفها الهند هذا العام. | -
            2023-07-13 | وتستضيف بروكسل الأسبوع المقبل قمة الاتحاد الأوروبي والصين. | MEETING PLANNED - [china, european-union] -
            # the one whose visit is being prepared is not at the contact that prepares it
            2021-06-15 | التقى وزير الخارجية الروسي سيرغي لافروف أمس نظيره المصري سامح شكري، وبحث معه التحضيرات لزيارة مرتقبة للرئيس المصري عبد الفتاح السيسي إلى موسكو. | MEETING HAPPENED 2021-06-14 [sameh-shoukry, sergey-lavrov] -
            # «بلقاء» is «ب» + «لقاء», not Balqa without its article; a signing with a third person is no part of the meeting
            2017-07-13 | وكان تيلرسون قد استهل جولته الاثنين الماضي بلقاء أمير الكويت الشيخ صباح الأحمد الجابر الصباح، ثم التقى في الدوحة أول أمس أمير قطر الشيخ تميم بن حمد آل ثاني، ووقع مع وزير الخارجية القطري مذكرة تفاهم. | MEETING HAPPENED 2017-07-10 [rex-tillerson, sabah-al-ahmad-al-jaber-al-sabah] - ; MEETING HAPPENED 2017-07-11 [rex-tillerson, tamim-bin-hamad-al-thani] -
            # the sender of a message carried to the contact, and those named in a relative clause after it, are not at it
            2019-06-13 | استقبل المرشد الإيراني علي خامنئي اليوم رئيس الوزراء الياباني شينزو آبي في طهران، حيث سلمه آبي رسالة من الرئيس الأمريكي دونالد ترامب. | MEETING HAPPENED 2019-06-13 [ali-khamenei, shinzo-abe] -
            2019-09-20 | واستقبل الرئيس العراقي برهم صالح اليوم رئيس الوزراء الياباني شينزو آبي، الذي نقل إليه تهاني الرئيس الأمريكي دونالد ترامب. | MEETING HAPPENED 2019-09-20 [barham-salih, shinzo-abe] -
            # «خلال لقائهما»: their meeting, when nothing else in the sentence names a contact
            2020-01-14 | وكان بوتين والرئيس التركي رجب طيب أردوغان قد دعوا، خلال لقائهما في إسطنبول في الثامن من يناير الجاري، إلى وقف لإطلاق النار في ليبيا. | MEETING HAPPENED 2020-01-08 [recep-tayyip-erdogan, vladimir-putin] -
            # a two-word title named again is the person it named before; a medium in a relative clause is someone else's
            2022-08-28 | استقبل رئيس الجمهورية قيس سعيد أمس الأول الرئيس السنغالي ماكي سال. والتقى رئيس الجمهورية أمس وزير الخارجية الياباني يوشيماسا هاياشي، الذي يترأس وفد بلاده نيابة عن رئيس الوزراء الذي شارك في الافتتاح عن بعد. | MEETING HAPPENED 2022-08-26 [kais-saied, macky-sall] - ; MEETING HAPPENED 2022-08-27 [kais-saied, yoshimasa-hayashi] -
            # «ولم يلتق» (the jussive after «لم», with «و»): a meeting that did not take place
            2018-02-15 | ولم يلتق وزير الخارجية الأمريكي ريكس تيلرسون وزير الخارجية اللبناني جبران باسيل بسبب سفر الأخير. | MEETING NEGATED - [gebran-bassil, rex-tillerson] -
            # an accepted invitation to visit is a planned visit to the one who invited (not «قبل» = before)
            2015-08-12 | وأعلن لافروف أن الملك سلمان بن عبدالعزيز قبل دعوة الرئيس فلاديمير بوتين لزيارة روسيا، مشيرا إلى أن موعد الزيارة سيحدد لاحقا. | MEETING PLANNED - [salman-bin-abdulaziz, vladimir-putin] -
            # a planned contact that the text then says did not take place («غير أن اللقاء لم يتم»)
            2019-12-05 | وكان من المقرر أن يستقبل العاهل المغربي الملك محمد السادس وزير الخارجية الأمريكي مايك بومبيو، غير أن اللقاء لم يتم. | MEETING NEGATED - [mike-pompeo, mohammed-vi] -
            # «بمشاركة X» adds X to the sides a plural stands for
            2017-11-13 | تلقى وزير الخارجية الجزائري عبد القادر مساهل أمس مكالمة هاتفية من نظيره المصري سامح شكري. وأوضح بيان للوزارة أن الوزيرين اتفقا على عقد الاجتماع الوزاري الثلاثي بالقاهرة الشهر المقبل، بمشاركة وزير الشؤون الخارجية التونسي خميس الجهيناوي. | PHONE_CALL HAPPENED 2017-11-12 [abdelkader-messahel, sameh-shoukry] sameh-shoukry ; MEETING PLANNED 2017-12 [abdelkader-messahel, khemaies-jhinaoui, sameh-shoukry] -
            # a contact named, then denied later in its sentence («نفى … «أي لقاء»»); a visit told of the guest in a relative clause is the reception's
            2017-11-13 | استقبل وزير الخارجية الجزائري عبد القادر مساهل أمس المبعوث الأممي غسان سلامة، الذي يقوم بزيارة عمل إلى الجزائر. وبشأن لقاء سري جمع مساهل بالمشير خليفة حفتر، نفى الناطق باسم الوزارة «أي لقاء من هذا القبيل». | MEETING HAPPENED 2017-11-12 [abdelkader-messahel, ghassan-salame] - ; MEETING NEGATED - [abdelkader-messahel, khalifa-haftar] -
            # «تلقاه من الأخير»: the side named last called; «أجراه معه X»: X called him
            2023-05-10 | وناقش وزير الخارجية المصري سامح شكري ونظيره السعودي فيصل بن فرحان في اتصال هاتفي تلقاه من الأخير مستجدات الأوضاع في السودان. | PHONE_CALL HAPPENED 2023-05-10 [faisal-bin-farhan, sameh-shoukry] faisal-bin-farhan
            2023-05-10 | وفي اتصال هاتفي أجراه معه الرئيس الأمريكي جو بايدن، أكد الرئيس المصري عبد الفتاح السيسي ضرورة التهدئة. | PHONE_CALL HAPPENED 2023-05-10 [abdel-fattah-el-sisi, joe-biden] joe-biden
            # «قال X إنه أجرى/تلقى (الأحد) اتصالاً»: the one who says it is a side; he placed it, or the other did
            2023-05-10 | وقال لافروف إنه أجرى أمس اتصالا هاتفيا بنظيره التركي مولود جاويش أوغلو. | PHONE_CALL HAPPENED 2023-05-09 [mevlut-cavusoglu, sergey-lavrov] sergey-lavrov
            2023-05-10 | وقال وزير الخارجية التركي مولود جاويش أوغلو إنه تلقى الأحد اتصالاً من نظيره الروسي سيرغي لافروف. | PHONE_CALL HAPPENED 2023-05-07 [mevlut-cavusoglu, sergey-lavrov] sergey-lavrov
            # «في لقاءين منفصلين» after the contact's clause: one meeting each; «كل منهما»: each subject met the one after
            2023-10-21 | التقى الرئيس عبد الفتاح السيسي اليوم كلاً من الرئيس الفلسطيني محمود عباس والعاهل الأردني الملك عبدالله الثاني في لقاءين منفصلين. | MEETING HAPPENED 2023-10-21 [abdel-fattah-el-sisi, mahmoud-abbas] - ; MEETING HAPPENED 2023-10-21 [abdel-fattah-el-sisi, abdullah-ii] -
            2020-09-08 | وكان رئيس مجلس النواب عقيلة صالح ورئيس المجلس الأعلى للدولة خالد المشري قد زارا الرباط في يوليو الماضي، والتقى كل منهما بوريطة في لقاءين منفصلين. | MEETING HAPPENED 2020-07 [aguila-saleh, nasser-bourita] - ; MEETING HAPPENED 2020-07 [nasser-bourita, x-khaled-al-mashri-ec2021] -
            # «الوزيرين» after a named side: he met them; «الوزيرين السعودي والإيراني»: those two countries' ministers
            2026-03-12 | وصل وزير الخارجية السعودي الأمير فيصل بن فرحان ووزير الخارجية الإيراني عباس عراقجي إلى بكين. والتقى وانغ يي كلا من الوزيرين على حدة. واستقبل الرئيس شي جين بينغ الوزيرين السعودي والإيراني. | MEETING HAPPENED 2026-03-12 [faisal-bin-farhan, wang-yi] - ; MEETING HAPPENED 2026-03-12 [abbas-araghchi, wang-yi] - ; MEETING HAPPENED 2026-03-12 [abbas-araghchi, faisal-bin-farhan, xi-jinping] -
            # unnamed officials of a country: the country is the side («بمسؤولين من الولايات المتحدة»)
            2024-06-11 | التقى وزير الخارجية الروسي سيرغي لافروف وفدا من الولايات المتحدة في موسكو. | MEETING HAPPENED 2024-06-11 [sergey-lavrov, united-states] -
            2024-06-11 | نفى المتحدث باسم الخارجية الإيرانية ناصر كنعاني ما أوردته وسائل إعلام عن لقاء جمع علي باقري كني بمسؤولين من الولايات المتحدة في مسقط. | MEETING NEGATED - [ali-bagheri-kani, united-states] -
            # «لقاء جمع X في عدن بـY»: the venue between the two sides
            2021-11-17 | وجاء ذلك بعد لقاء جمع المبعوث الأممي هانس غروندبرغ في عدن برئيس المجلس الانتقالي الجنوبي عيدروس الزبيدي. | MEETING HAPPENED 2021-11-17 [hans-grundberg, x-aidarous-al-zbedi-39599a] -
            # «، وفي مسقط الاثنين Y»: another meeting, with its own day (and venue)
            2019-01-17 | وكان بومبيو قد التقى في الدوحة الأحد أمير قطر الشيخ تميم بن حمد آل ثاني، وفي مسقط الاثنين السلطان قابوس بن سعيد. | MEETING HAPPENED 2019-01-13 [mike-pompeo, tamim-bin-hamad-al-thani] - ; MEETING HAPPENED 2019-01-14 [mike-pompeo, qaboos-bin-said] -
            2019-01-17 | سيلتقي بومبيو في الدوحة الأحد أمير قطر الشيخ تميم بن حمد آل ثاني، وفي مسقط الاثنين السلطان قابوس بن سعيد. | MEETING PLANNED 2019-01-20 [mike-pompeo, tamim-bin-hamad-al-thani] - ; MEETING PLANNED 2019-01-21 [mike-pompeo, qaboos-bin-said] -
            # «أجرى X اتصالين بـA وB»: one call each, both placed by X
            2024-03-22 | وأجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالين هاتفيين بنظيريه الأردني أيمن الصفدي والمصري سامح شكري. | PHONE_CALL HAPPENED 2024-03-22 [ayman-safadi, faisal-bin-farhan] faisal-bin-farhan ; PHONE_CALL HAPPENED 2024-03-22 [faisal-bin-farhan, sameh-shoukry] faisal-bin-farhan
            # «قبل أن يلتقي» after a contact held: the narrative's past, unless its day is to come
            2024-06-11 | التقى وزير الخارجية علي باقري كني مساء الاثنين نظيره السعودي فيصل بن فرحان، قبل أن يلتقي اليوم الثلاثاء نظيره الروسي سيرغي لافروف. | MEETING HAPPENED 2024-06-10 [ali-bagheri-kani, faisal-bin-farhan] - ; MEETING HAPPENED 2024-06-11 [ali-bagheri-kani, sergey-lavrov] -
            2024-06-11 | التقى وزير الخارجية علي باقري كني مساء الاثنين نظيره السعودي فيصل بن فرحان، قبل أن يلتقي غدا نظيره الروسي سيرغي لافروف. | MEETING HAPPENED 2024-06-10 [ali-bagheri-kani, faisal-bin-farhan] - ; MEETING PLANNED 2024-06-12 [ali-bagheri-kani, sergey-lavrov] -
            # «الرئيس الأسد»: a short name too common to match alone, after a title its person held then
            2023-05-10 | استقبل الرئيس الأسد وزير الخارجية الإيراني حسين أمير عبد اللهيان في دمشق. | MEETING HAPPENED 2023-05-10 [bashar-al-assad, hossein-amir-abdollahian] -
            # a relative clause between commas after the subject is set aside; the side after it takes part
            2023-05-10 | التقى الرئيس الفلسطيني محمود عباس، الذي يزور القاهرة حاليا، الرئيس المصري عبد الفتاح السيسي. | MEETING HAPPENED 2023-05-10 [abdel-fattah-el-sisi, mahmoud-abbas] -
            2023-05-10 | والتقى وزير الخارجية الأمريكي أنتوني بلينكن، الذي يجول في المنطقة، ولي العهد السعودي الأمير محمد بن سلمان في جدة. | MEETING HAPPENED 2023-05-10 [antony-blinken, mohammed-bin-salman] -
            # two contacts joined by «، و»: the day before the comma is the first's when the second tells its own
            2024-03-06 | التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني حسين أمير عبد اللهيان في بكين الاثنين، والتقى في مسقط الثلاثاء نظيره العماني بدر البوسعيدي. | MEETING HAPPENED 2024-03-04 [faisal-bin-farhan, hossein-amir-abdollahian] - ; MEETING HAPPENED 2024-03-05 [badr-albusaidi, faisal-bin-farhan] -
            2024-03-06 | التقى وزير الخارجية السعودي فيصل بن فرحان نظيره الإيراني حسين أمير عبد اللهيان في بكين الاثنين، والتقى في مسقط نظيره العماني بدر البوسعيدي. | MEETING HAPPENED 2024-03-04 [faisal-bin-farhan, hossein-amir-abdollahian] - ; MEETING HAPPENED 2024-03-04 [badr-albusaidi, faisal-bin-farhan] -
            """)
    void contacts(String day, String body, String expected) {
        assertThat(events(day, body)).isEqualTo("-".equals(expected) ? "" : expected);
    }

    /** More rows of {@link #contacts}, in a table of their own (one class file's constant pool holds 64 KB of text). */
    @ParameterizedTest(name = "{index}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # «قال X إنه تلقى …»: a few words between the verb and the call still leave X the one who received it
            2018-02-14 | قال وزير الخارجية الروسي سيرغي لافروف إنه تلقى قبيل مغادرته القاهرة اتصالا هاتفيا من نظيره الأمريكي ريكس تيلرسون. | PHONE_CALL HAPPENED 2018-02-14 [rex-tillerson, sergey-lavrov] rex-tillerson
            # «مضيفا أنه …» goes on with the sentence's subject, not with the last person named before it
            2024-06-11 | وقال وزير الخارجية الإيراني علي باقري كني عقب لقائه سيرغي لافروف إن العلاقات استراتيجية، مضيفاً أنه أجرى اتصالاً هاتفياً بوزير الخارجية العماني بدر البوسعيدي. | MEETING HAPPENED 2024-06-11 [ali-bagheri-kani, sergey-lavrov] - ; PHONE_CALL HAPPENED 2024-06-11 [ali-bagheri-kani, badr-albusaidi] ali-bagheri-kani
            2024-06-11 | وقال وزير الخارجية الإيراني علي باقري كني إنه أجرى قبل توجهه إلى روسيا اتصالاً هاتفياً بوزير الخارجية العماني بدر البوسعيدي. | PHONE_CALL HAPPENED 2024-06-11 [ali-bagheri-kani, badr-albusaidi] ali-bagheri-kani
            # «خلال لقائه Y»: the meeting of the sentence's subject, with the hamza on its seat before the pronoun
            2023-06-14 | أكد الرئيس المصري عبد الفتاح السيسي خلال لقائه وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة ضرورة وقف الحرب. | MEETING HAPPENED 2023-06-14 [abdel-fattah-el-sisi, antony-blinken] -
            # between commas after «عقب»: the contact ends at the closing comma (the defence minister is what was announced)
            2025-05-16 | أعلن الرئيس الأوكراني فولوديمير زيلينسكي أمس، عقب لقائه الرئيس التركي رجب طيب أردوغان في أنقرة، إرسال وفد برئاسة وزير الدفاع إلى إسطنبول. | MEETING HAPPENED 2025-05-15 [recep-tayyip-erdogan, volodymyr-zelensky] -
            # the future «س» on the trigger verb itself; «خلال زيارته المرتقبة»: the visit's adjective outweighs «خلال»
            2023-06-14 | سيتحدث الرئيس الأمريكي جو بايدن هاتفيا مع الرئيس الصيني شي جين بينغ يوم الخميس. | PHONE_CALL PLANNED 2023-06-15 [joe-biden, xi-jinping] -
            2023-06-14 | ومن المتوقع أن يبحث الرئيس الفرنسي إيمانويل ماكرون مع ولي العهد السعودي الأمير محمد بن سلمان الملف اللبناني خلال زيارته المرتقبة. | MEETING PLANNED - [emmanuel-macron, mohammed-bin-salman] -
            # «مضيفا أنه …» goes on with the subject of the verb of saying, not a person named before it
            2025-06-14 | ورداً على تصريحات نتنياهو، قال وزير الخارجية الإيراني عباس عراقجي إن الرد سيكون حاسما، مضيفا أنه أجرى اتصالا هاتفيا بنظيره العماني بدر البوسعيدي. | PHONE_CALL HAPPENED 2025-06-14 [abbas-araghchi, badr-albusaidi] abbas-araghchi
            # a list of sides between the commas keeps its last side (as without the commas); «عبر الاتصال المرئي» is a medium, not a call noun
            2023-06-14 | أكد السيسي، خلال لقائه وزير الخارجية الأمريكي أنتوني بلينكن، ووزير الدفاع لويد أوستن، ضرورة التهدئة. | MEETING HAPPENED 2023-06-14 [abdel-fattah-el-sisi, antony-blinken] - ; MEETING HAPPENED 2023-06-14 [abdel-fattah-el-sisi, lloyd-austin] -
            2023-06-14 | بحث ولي العهد السعودي الأمير محمد بن سلمان مع الرئيس الفرنسي إيمانويل ماكرون عبر الاتصال المرئي الاستعدادات للقمة. | VIDEO_CALL HAPPENED 2023-06-14 [emmanuel-macron, mohammed-bin-salman] -
            # what someone received is no contact of his: Peskov is not at the meeting he got the minutes of
            2018-07-20 | وقال بيسكوف إنه تلقى نسخة من محضر اجتماع بوتين وترامب في هلسنكي. | MEETING HAPPENED 2018-07-20 [donald-trump, vladimir-putin] -
            # «بحث» before «في اتصال هاتفي»: the medium is the call's, and the verb's talk is that call
            2023-05-10 | بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي أنتوني بلينكن في اتصال هاتفي العلاقات الثنائية. | PHONE_CALL HAPPENED 2023-05-10 [antony-blinken, sergey-lavrov] -
            2023-05-10 | وبحث وزيرا خارجية السعودية وإيران خلال اتصال هاتفي أمس العلاقات بين البلدين. | PHONE_CALL HAPPENED 2023-05-09 [faisal-bin-farhan, hossein-amir-abdollahian] -
            # «قال X إنه أجرى مع Y اتصالا», «أنه بحث مع Y في اتصال»: the other side before the call; the one who says it is a side
            2023-06-10 | قال وزير الخارجية الروسي سيرغي لافروف إنه أجرى مع نظيره التركي مولود تشاووش أوغلو اتصالا هاتفيا أمس. | PHONE_CALL HAPPENED 2023-06-09 [mevlut-cavusoglu, sergey-lavrov] -
            2023-06-10 | وأعلن الرئيس الفرنسي إيمانويل ماكرون أنه بحث مع الرئيس الأمريكي جو بايدن في اتصال هاتفي الأزمة في لبنان. | PHONE_CALL HAPPENED 2023-06-10 [emmanuel-macron, joe-biden] -
            # «تلقى X خلال زيارته القاهرة اتصالا من Y»: the visit only says where the call found X; Y called
            2023-06-10 | تلقى وزير الخارجية السعودي الأمير فيصل بن فرحان خلال زيارته القاهرة اتصالا هاتفيا من نظيره الإيراني حسين أمير عبد اللهيان. | PHONE_CALL HAPPENED 2023-06-10 [faisal-bin-farhan, hossein-amir-abdollahian] hossein-amir-abdollahian
            2023-06-10 | أجرى الرئيس الفرنسي إيمانويل ماكرون خلال زيارته إلى بيروت اتصالا هاتفيا بالرئيس الإيراني إبراهيم رئيسي. | PHONE_CALL HAPPENED 2023-06-10 [ebrahim-raisi, emmanuel-macron] emmanuel-macron
            # «نفى/استبعد X عقد لقاء»: «عقد» is the holding denied, not the past «عُقد»; «لا يعتزم»: no plan; «لم يستبعد»: only possible
            2023-06-20 | ونفى الكرملين عقد لقاء بين الرئيس فلاديمير بوتين والرئيس الأوكراني فولوديمير زيلينسكي. | MEETING NEGATED - [vladimir-putin, volodymyr-zelensky] -
            2023-06-20 | واستبعد الكرملين عقد أي لقاء بين بوتين وزيلينسكي في الوقت الراهن. | MEETING NEGATED - [vladimir-putin, volodymyr-zelensky] -
            2023-06-20 | وأكد المتحدث أن الرئيس بوتين لا يعتزم لقاء زيلينسكي. | MEETING NEGATED - [vladimir-putin, volodymyr-zelensky] -
            2023-06-20 | ولم يستبعد الكرملين عقد لقاء بين بوتين وزيلينسكي. | -
            2023-06-20 | وبعد تأجيله مرتين، عقد اللقاء بين بوتين وأردوغان أمس في سوتشي. | MEETING HAPPENED 2023-06-19 [recep-tayyip-erdogan, vladimir-putin] -
            2023-06-20 | وقال البيت الأبيض إنه لا توجد خطط حاليا لعقد لقاء بين الرئيس جو بايدن والرئيس الصيني شي جين بينغ. | MEETING NEGATED - [joe-biden, xi-jinping] -
            # unnamed officials stand for their country or body: «وفدا أمريكيا», «وفدا رفيع المستوى من», «وفدا من حركة حماس»
            2023-06-20 | استقبل الرئيس المصري عبد الفتاح السيسي، اليوم، وفدا أمريكيا رفيع المستوى. | MEETING HAPPENED 2023-06-20 [abdel-fattah-el-sisi, united-states] -
            2023-06-20 | استقبل الرئيس المصري عبد الفتاح السيسي، اليوم، وفدا رفيع المستوى من الولايات المتحدة. | MEETING HAPPENED 2023-06-20 [abdel-fattah-el-sisi, united-states] -
            2023-06-20 | واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة وفدا من حركة حماس. | MEETING HAPPENED 2023-06-20 [hamas, tamim-bin-hamad-al-thani] -
            2023-06-20 | استقبل الرئيس المصري عبد الفتاح السيسي، اليوم، وفدا أمريكيا برئاسة وزير الخارجية أنتوني بلينكن. | MEETING HAPPENED 2023-06-20 [abdel-fattah-el-sisi, antony-blinken] -
            2023-06-20 | التقى وزير الخارجية المصري سامح شكري وفدا مصريا من رجال الأعمال. | -
            2023-06-20 | وعقد مسؤولون أمريكيون وإيرانيون محادثات غير مباشرة في مسقط أمس. | TALKS HAPPENED 2023-06-19 [iran, united-states] -
            # a capital after «في» is where the talks were held, not a side for its country
            2023-06-20 | وأجرى وفد سعودي محادثات مع الحوثيين في صنعاء أمس. | TALKS HAPPENED 2023-06-19 [houthis, saudi-arabia] -
            # a movement or armed force met as a body, named after «مع» or as «وفد X»; a delegation whose head is named is his
            2023-06-20 | وأجرى وزير الخارجية السعودي فيصل بن فرحان محادثات مع الحوثيين في مسقط أمس. | TALKS HAPPENED 2023-06-19 [faisal-bin-farhan, houthis] -
            2023-06-20 | والتقى المبعوث الأممي هانس غروندبرغ وفد الحوثيين في مسقط. | MEETING HAPPENED 2023-06-20 [hans-grundberg, houthis] -
            2023-06-20 | والتقى رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني قيادة حركة حماس في الدوحة. | MEETING HAPPENED 2023-06-20 [hamas, mohammed-bin-abdulrahman-al-thani] -
            2016-04-21 | وانطلقت اليوم مشاورات السلام بين وفد الحكومة اليمنية برئاسة وزير الخارجية عبدالملك المخلافي ووفد الحوثيين. | TALKS HAPPENED 2016-04-21 [abdulmalik-al-mekhlafi, houthis] -
            # «أنه ألغى اجتماعين … مع قادة طالبان ومع غني»: the one who says it comes first, the body does not displace him
            2019-09-08 | أعلن الرئيس الأميركي دونالد ترامب أنه ألغى اجتماعين منفصلين مع كبار قادة حركة طالبان ومع الرئيس الأفغاني أشرف غني. | MEETING NEGATED - [ashraf-ghani, donald-trump] -
            # an organisation the knowledge base does not type is no side and no crash
            2023-06-20 | وأجرى وزير الخارجية السعودي فيصل بن فرحان محادثات مع أرامكو في الرياض، ثم التقى وزير الخارجية الإماراتي عبدالله بن زايد. | MEETING HAPPENED 2023-06-20 [abdullah-bin-zayed-al-nahyan, faisal-bin-farhan] -
            # the next clause's subject carried on to each side, the second's «و» six title words before its name
            2016-08-26 | واستهل وزير الخارجية الأمريكي جون كيري زيارته بلقاء الملك سلمان بن عبد العزيز في جدة، كما التقى، كلا على حدة، ولي العهد الأمير محمد بن نايف، وولي ولي العهد وزير الدفاع الأمير محمد بن سلمان. | MEETING HAPPENED 2016-08-26 [john-kerry, salman-bin-abdulaziz] - ; MEETING HAPPENED 2016-08-26 [john-kerry, mohammed-bin-nayef] - ; MEETING HAPPENED 2016-08-26 [john-kerry, mohammed-bin-salman] -
            # after a visit's clause, the guest meets one host «ثم» another: the visitor is each meeting's side
            2018-02-16 | وصل وزير الخارجية الأميركي ريكس تيلرسون أمس إلى بيروت، في زيارة هي الأولى لمسؤول أميركي منذ سنوات، فالتقى رئيس الجمهورية ميشال عون في قصر بعبدا، ثم رئيس مجلس النواب نبيه بري في عين التينة. | MEETING HAPPENED 2018-02-15 [michel-aoun, rex-tillerson] - ; MEETING HAPPENED 2018-02-15 [nabih-berri, rex-tillerson] -
            # «شهدت أروقة المؤتمر لقاءات ثنائية»: meetings told of with no sides of their own are none (but «لقاءات بين X وY»)
            2021-08-29 | احتضنت بغداد المؤتمر بمشاركة قادة، بينهم الرئيس الفرنسي إيمانويل ماكرون والرئيس المصري عبد الفتاح السيسي، فيما شهدت أروقة المؤتمر لقاءات ثنائية لافتة. | -
            2021-08-29 | وشهدت القمة لقاءات بين الرئيس الفرنسي إيمانويل ماكرون والرئيس المصري عبد الفتاح السيسي. | MEETING HAPPENED 2021-08-29 [abdel-fattah-el-sisi, emmanuel-macron] -
            # «قبل انطلاق المحادثات» between commas only tells when the meeting was; the meeting's sides follow it
            2026-02-18 | والتقى وزير الخارجية العماني بدر البوسعيدي، قبل انطلاق المحادثات، كلا من الوزير عباس عراقجي والمبعوث ستيف ويتكوف في لقاءين منفصلين. | MEETING HAPPENED 2026-02-18 [abbas-araghchi, badr-albusaidi] - ; MEETING HAPPENED 2026-02-18 [badr-albusaidi, steve-witkoff] -
            # «في مساء اليوم ذاته»: the day last told, sentences back
            2026-02-18 | استقبل السلطان هيثم بن طارق أمس وزير الخارجية الإيراني عباس عراقجي. وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن الأجواء إيجابية. وأكد بقائي أن طهران لن تتفاوض تحت الضغط. وأضاف أن الحوار مستمر. وفي مساء اليوم ذاته، تلقى وزير الخارجية العماني بدر البوسعيدي اتصالا هاتفيا من وزير الخارجية الأمريكي ماركو روبيو. | MEETING HAPPENED 2026-02-17 [abbas-araghchi, haitham-bin-tariq] - ; PHONE_CALL HAPPENED 2026-02-17 [badr-albusaidi, marco-rubio] marco-rubio
            # a negation that is not the contact's: «استبعد/رفض X خلال لقائه Y …» (but «لم يلتق X خلال جولته Y», «استبعد عقد لقاء»)
            2023-06-20 | واستبعد لافروف خلال لقائه نظيره التركي مولود تشاووش أوغلو أي هدنة. | MEETING HAPPENED 2023-06-20 [mevlut-cavusoglu, sergey-lavrov] -
            2023-06-20 | ورفض الرئيس المصري عبد الفتاح السيسي خلال لقائه وزير الخارجية الأمريكي أنتوني بلينكن أي تهجير. | MEETING HAPPENED 2023-06-20 [abdel-fattah-el-sisi, antony-blinken] -
            2023-06-20 | ولم يلتق ترامب خلال جولته الخليجية رئيس الوزراء الإسرائيلي بنيامين نتنياهو. | MEETING NEGATED - [benjamin-netanyahu, donald-trump] -
            2023-06-20 | لم تستبعد موسكو أي خيار، والتقى لافروف نظيره التركي مولود تشاووش أوغلو. | MEETING HAPPENED 2023-06-20 [mevlut-cavusoglu, sergey-lavrov] -
            # unnamed officials who are a source, a person's own army, «بقيادة» (led by), a topic («بشأن حماس»), an idea
            2023-06-20 | وبحسب مسؤولين أمريكيين، ستعقد جولة محادثات بين روسيا وأوكرانيا في إسطنبول. | TALKS PLANNED - [russia, ukraine] -
            2023-06-20 | التقى وزير الدفاع الإسرائيلي يوآف غالانت قادة الجيش الإسرائيلي. | -
            2023-06-20 | زار رئيس الوزراء العراقي محمد شياع السوداني مقر قوات التحالف بقيادة الولايات المتحدة. | -
            2023-06-20 | عقد نتنياهو اجتماعا بشأن حماس. | -
            2019-09-08 | وقال مصدر إن الرئيس الأفغاني أشرف غني لم يكن مرتاحا لفكرة الاجتماع مع طالبان. | -
            # «(من) دون أن يلتقي»: a meeting that did not take place
            2023-06-20 | واختتم لافروف زيارته إلى أنقرة من دون أن يلتقي الرئيس رجب طيب أردوغان. | MEETING NEGATED - [recep-tayyip-erdogan, sergey-lavrov] -
            # a visit's host is the one of the story who stands for the destination, never a spokesperson who tells of it
            2023-06-20 | بدأ وزير الخارجية الأمريكي أنتوني بلينكن اليوم زيارة إلى بكين. وقال المتحدث باسم الخارجية الصينية وانغ ون بين إن الصين ترحب بالحوار. | -
            2023-06-20 | بدأ وزير الخارجية الأمريكي أنتوني بلينكن اليوم زيارة إلى بكين. وقال وزير الخارجية الصيني وانغ يي إن الصين ترحب بالحوار. | MEETING HAPPENED 2023-06-20 [antony-blinken, wang-yi] -
            # … nor a side of the contact he tells of, after it; a title's spokesperson is the next name's only
            2023-06-20 | وعقد الرئيس عبد الفتاح السيسي لقاء مع رئيس الوزراء العراقي محمد شياع السوداني، وقال المتحدث باسم الرئاسة المصرية أحمد فهمي إن اللقاء كان مثمرا. | MEETING HAPPENED 2023-06-20 [abdel-fattah-el-sisi, mohammed-shia-al-sudani] -
            2023-06-20 | أعلن المتحدث باسم الكرملين ديمتري بيسكوف أن الرئيس فلاديمير بوتين سيجري اتصالا هاتفيا بالرئيس عبد الفتاح السيسي. | PHONE_CALL PLANNED - [abdel-fattah-el-sisi, vladimir-putin] vladimir-putin
            # «محمد عبد السلام»: his surname is «عبد السلام», so «قصر السلام» (the Peace Palace) is not him
            2016-08-26 | والتقى الملك سلمان بن عبد العزيز في قصر السلام بجدة وزير الخارجية الأمريكي جون كيري. ورفض محمد عبد السلام الخطة. | MEETING HAPPENED 2016-08-26 [john-kerry, salman-bin-abdulaziz] -
            # «الرئيس المشترك» is a co-chair's title, so «كلا على حدة» still makes one meeting each
            2022-05-31 | التقى المبعوث الأممي غير بيدرسن أمس، كلا على حدة، الرئيس المشترك للجنة عن وفد الحكومة السورية وزير الخارجية فيصل المقداد، والرئيس المشترك عن وفد المعارضة بدر جاموس، في جنيف. | MEETING HAPPENED 2022-05-30 [faisal-mekdad, geir-pedersen] - ; MEETING HAPPENED 2022-05-30 [geir-pedersen, x-badr-jamus-0834ff] -
            # «أي لقاء من هذا القبيل»: the contact just told, whoever denies it
            2018-01-15 | وبشأن ما تداولته وسائل إعلام عن لقاء جمع وزير الخارجية الجزائري عبد القادر مساهل بالمشير خليفة حفتر، نفى الناطق باسم الخارجية عبد الكريم الحسني «أي لقاء من هذا القبيل». | MEETING NEGATED - [abdelkader-messahel, khalifa-haftar] -
            # «، قال X إن …» after the contact: who says it is no side; «أي مسؤول في حزب الله»: the body's unnamed officials
            2018-02-16 | وبينما التقى وزير الخارجية الأمريكي ريكس تيلرسون الرئيس اللبناني ميشال عون، قال الأمين العام لحزب الله حسن نصر الله إن الزيارة فاشلة. | MEETING HAPPENED 2018-02-16 [michel-aoun, rex-tillerson] -
            2018-02-16 | ولم يلتق وزير الخارجية الأمريكي ريكس تيلرسون أي مسؤول في حزب الله. | MEETING NEGATED - [hezbollah, rex-tillerson] -
            2021-12-29 | استقبل وزير الدفاع الإسرائيلي بيني غانتس الرئيس الفلسطيني محمود عباس، في أول لقاء بين عباس ومسؤول إسرائيلي منذ سنوات. | MEETING HAPPENED 2021-12-29 [benny-gantz, mahmoud-abbas] -
            # unnamed officials «من» two countries joined by «و»
            2023-08-19 | ونفى المتحدث باسم الخارجية الإيرانية ناصر كنعاني ما تداولته وسائل إعلام عن لقاء جمع مسؤولين من إيران والولايات المتحدة في مسقط. | MEETING NEGATED - [iran, united-states] -
            # a spokesperson who is met is a side; talks named by a city that the subject resumes are a contact
            2023-06-20 | التقى مستشار الأمن القومي الأمريكي جيك سوليفان المتحدث باسم الرئاسة التركية إبراهيم قالن في أنقرة. | MEETING HAPPENED 2023-06-20 [ibrahim-kalin, jake-sullivan] -
            2023-06-20 | وعقد وزير الخارجية الأمريكي أنتوني بلينكن ونظيره الروسي سيرغي لافروف محادثات جنيف. | TALKS HAPPENED 2023-06-20 [antony-blinken, sergey-lavrov] -
            # «أول لقاء يجمعهما منذ … أيار الماضي»: since when, not the contact's day, so one meeting
            2020-08-21 | استقبل الرئيس الأمريكي دونالد ترامب، مساء أمس، رئيس الوزراء العراقي مصطفى الكاظمي، في أول لقاء يجمعهما منذ تولي الكاظمي رئاسة الحكومة في أيار الماضي. | MEETING HAPPENED 2020-08-20 [donald-trump, mustafa-al-kadhimi] -
            # «المبعوث الأممي» alone is the envoy named before with that title after his name; a title right after a name is his
            2021-06-03 | استقبل وزير الخارجية العماني بدر البوسعيدي أمس مارتن غريفيث المبعوث الأممي الخاص إلى اليمن. فيما التقى المبعوث الأممي مساء اليوم نفسه في مسقط محمد عبدالسلام. وكان البوسعيدي قد تلقى الثلاثاء اتصالا هاتفيا من تيم ليندركينغ المبعوث الأمريكي الخاص إلى اليمن. | MEETING HAPPENED 2021-06-02 [badr-albusaidi, martin-griffiths] - ; MEETING HAPPENED 2021-06-02 [martin-griffiths, mohammed-abdulsalam] - ; PHONE_CALL HAPPENED 2021-06-01 [badr-albusaidi, tim-lenderking] tim-lenderking
            # the subject of a relative clause's verb is described, not a side
            2022-05-31 | التقى المبعوث الأممي غير بيدرسن أمس وزير الخارجية السوري فيصل المقداد. ولم يلتق المقداد وزير الخارجية التركي مولود تشاووش أوغلو خلال الجلسات التي يديرها المبعوث الأممي. | MEETING HAPPENED 2022-05-30 [faisal-mekdad, geir-pedersen] - ; MEETING NEGATED - [faisal-mekdad, mevlut-cavusoglu] -
            # review: a gathering's relative clause names its sides; «منذ» closed by a comma leaves the contact's day; an
            # envoy's title as the object of a verb is the envoy named before
            2023-03-04 | وأعلن البيت الأبيض موعد القمة المرتقبة التي ستجمع الرئيس الأمريكي جو بايدن والرئيس الروسي فلاديمير بوتين في جنيف. | MEETING PLANNED - [joe-biden, vladimir-putin] -
            2023-03-04 | التقى وزير الخارجية الأمريكي أنتوني بلينكن نظيره الروسي سيرغي لافروف، في أول لقاء بينهما منذ بدء الحرب، على هامش اجتماع مجموعة العشرين في نيودلهي الخميس. | MEETING HAPPENED 2023-03-02 [antony-blinken, sergey-lavrov] -
            2023-03-04 | وصل المبعوث الأمريكي آموس هوكشتاين إلى بيروت. واستقبل الرئيس اللبناني ميشال عون الموفد الأميركي في قصر بعبدا. | MEETING HAPPENED 2023-03-04 [amos-hochstein, michel-aoun] -
            # «لم يجمع أي لقاء بين X وY»: no meeting brought them together
            2022-11-02 | في المقابل، لم يجمع أي لقاء ثنائي بالجزائر العاصمة بين وزير الخارجية الجزائري رمطان لعمامرة ونظيره المغربي ناصر بوريطة. | MEETING NEGATED - [nasser-bourita, ramtane-lamamra] -
            # «سيقوم بزيارة … حيث يلتقي»: a visit to come
            2022-11-02 | وأعلن وزير الخارجية أن الرئيس عبد المجيد تبون سيقوم بزيارة دولة إلى روسيا قبل نهاية السنة، حيث يلتقي الرئيس فلاديمير بوتين بالكرملين. | MEETING PLANNED - [abdelmadjid-tebboune, vladimir-putin] -
            # «مطلع الأسبوع»: the week, not the day; the initiative's country is resolved on the story's day
            2021-06-03 | وجرى مطلع الأسبوع اتصال هاتفي بين وزير الخارجية العماني بدر البوسعيدي ونظيره السعودي فيصل بن فرحان، بناء على طلب الجانب العماني. | PHONE_CALL HAPPENED - [badr-albusaidi, faisal-bin-farhan] badr-albusaidi
            # «بعد محادثة أجراها مع», «عقب لقاء عقده مع»: a past verb right after the contact's noun tells it is over, whatever the sentence plans
            2022-01-21 | وذكر بيان للرئاسة الفرنسية أن ماكرون سيتحدث هاتفيا مع بوتين غدا السبت، بعد محادثة أجراها مع بايدن. | PHONE_CALL PLANNED 2022-01-22 [emmanuel-macron, vladimir-putin] - ; PHONE_CALL HAPPENED 2022-01-21 [emmanuel-macron, joe-biden] emmanuel-macron
            2023-05-10 | ومن المقرر أن يتوجه وزير الخارجية السعودي فيصل بن فرحان إلى دمشق الأسبوع المقبل، عقب لقاء عقده في جدة مع نظيره السوري فيصل المقداد. | MEETING HAPPENED 2023-05-10 [faisal-bin-farhan, faisal-mekdad] -
            # «ثم» before a title that names a body («رئيس مجلس النواب») still joins the next host, after a visit's clause
            2018-02-16 | جال وزير الخارجية الأميركي ريكس تيلرسون أمس الخميس على الرؤساء الثلاثة، في زيارة هي الأولى لمسؤول أميركي منذ سنوات، فالتقى رئيس الجمهورية العماد ميشال عون في قصر بعبدا، ثم رئيس مجلس النواب نبيه بري في عين التينة. | MEETING HAPPENED 2018-02-15 [michel-aoun, rex-tillerson] - ; MEETING HAPPENED 2018-02-15 [nabih-berri, rex-tillerson] -
            # «اتصالات هاتفية بكل من A وB»: one call each, placed by the subject
            2015-10-21 | وقال المتحدث باسم الكرملين دميتري بيسكوف إن بوتين أجرى صباح اليوم اتصالات هاتفية بكل من العاهل السعودي الملك سلمان بن عبد العزيز والرئيس التركي رجب طيب أردوغان. | PHONE_CALL HAPPENED 2015-10-21 [salman-bin-abdulaziz, vladimir-putin] vladimir-putin ; PHONE_CALL HAPPENED 2015-10-21 [recep-tayyip-erdogan, vladimir-putin] vladimir-putin
            # «على نتائج المحادثات مع الأسد»: the results of a contact already told, whatever day the sentence has
            2015-10-21 | استقبل الرئيس الروسي فلاديمير بوتين أمس في الكرملين الرئيس السوري بشار الأسد. وأجرى بوتين اليوم اتصالا هاتفيا بالرئيس التركي رجب طيب أردوغان أطلعه خلاله على نتائج المحادثات مع الأسد. | MEETING HAPPENED 2015-10-20 [bashar-al-assad, vladimir-putin] - ; PHONE_CALL HAPPENED 2015-10-21 [recep-tayyip-erdogan, vladimir-putin] vladimir-putin
            # «قد يلتقي», «قد يجري اتصالا»: "may", only a possibility (not «قد التقى», "has met")
            2021-08-19 | وقال أردوغان إنه قد يلتقي الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي في الفترة المقبلة. | -
            2021-08-19 | وقال أردوغان إنه قد يجري اتصالا هاتفيا مع الشيخ محمد بن زايد آل نهيان قريبا. | -
            2021-08-19 | وكان أردوغان قد التقى الشيخ محمد بن زايد آل نهيان في أنقرة أمس. | MEETING HAPPENED 2021-08-18 [mohamed-bin-zayed-al-nahyan, recep-tayyip-erdogan] -
            # «اتفق X وY على أن يلتقيا»: the agreeing sides plan a meeting; a meeting held in an earlier month is another one
            2016-06-29 | واتفق أردوغان وبوتين على أن يلتقيا وجها لوجه في أقرب وقت ممكن. | MEETING PLANNED - [recep-tayyip-erdogan, vladimir-putin] -
            2016-06-29 | أجرى أردوغان اليوم اتصالا هاتفيا مع بوتين. وقال قالن إن الزعيمين اتفقا خلال الاتصال الذي استغرق نحو 45 دقيقة على "العمل المشترك من أجل إعادة العلاقات إلى سابق عهدها"، وعلى أن يلتقيا وجها لوجه في أقرب وقت ممكن. وكان آخر لقاء جمع أردوغان وبوتين قد عقد في مدينة أنطاليا منتصف نوفمبر 2015. | PHONE_CALL HAPPENED 2016-06-29 [recep-tayyip-erdogan, vladimir-putin] recep-tayyip-erdogan ; MEETING PLANNED - [recep-tayyip-erdogan, vladimir-putin] - ; MEETING HAPPENED 2015-11 [recep-tayyip-erdogan, vladimir-putin] -
            # «، معربا عن تقديره لدور الرئيس X»: more of what is said, no side; «نفى …، مشددا على أن برنامجه اقتصر على لقاء Y» affirms that one
            2016-07-11 | من جانبه، قال نتنياهو، في مؤتمر صحفي مشترك مع الوزير سامح شكري، إن "زيارة الوزير المصري مهمة لأسباب كثيرة"، معربا عن تقديره "لدور الرئيس عبد الفتاح السيسي القيادي في الجهود المبذولة". | -
            2016-07-11 | ونفى المتحدث باسم الخارجية المصرية ما تردد عن لقاء جمع سامح شكري بوزير الدفاع الإسرائيلي أفيغدور ليبرمان، مشددا على أن برنامج الوزير "اقتصر على لقاء رئيس الوزراء الإسرائيلي بنيامين نتنياهو". | MEETING NEGATED - [avigdor-lieberman, sameh-shoukry] - ; MEETING HAPPENED 2016-07-11 [benjamin-netanyahu, sameh-shoukry] -
            # a date a few words after «منذ», before the contact («منذ توليه منصبه في أبريل الماضي، حيث عقد الجانبان جلسة مباحثات»), is not its day
            2018-06-10 | استقبل الرئيس عبد الفتاح السيسي، اليوم الأحد، رئيس وزراء إثيوبيا آبي أحمد، الذي يزور القاهرة في أول زيارة له منذ توليه منصبه في أبريل الماضي، حيث عقد الجانبان جلسة مباحثات ثنائية. | MEETING HAPPENED 2018-06-10 [abdel-fattah-el-sisi, abiy-ahmed] -
            # «وكان X قد … قبل أن يلتقي Y»: the subjunctive of a narrative of what had happened, on the sentence's day
            2020-09-01 | وكان ماكرون قد استهل زيارته مساء الاثنين بجولة في مرفأ بيروت، قبل أن يلتقي رئيس الحكومة اللبنانية حسان دياب. | MEETING HAPPENED 2020-08-31 [emmanuel-macron, hassan-diab] -
            # «لم يكن هناك أي اتصال» denies it; «لقاء بين X وY ممكن», «مهيأة لعقد لقاء», «الحديث عن لقاء سابق لأوانه» only tell it is possible
            2022-03-29 | وقال بيسكوف إنه "لم يكن هناك أي اتصال هاتفي بين الرئيسين بوتين وزيلينسكي منذ بدء العملية العسكرية". | PHONE_CALL NEGATED - [vladimir-putin, volodymyr-zelensky] -
            2022-03-29 | وقال ميدينسكي إن لقاء بين الرئيسين بوتين وزيلينسكي ممكن بالتزامن مع توقيع معاهدة السلام. | -
            2022-03-29 | وقال أراخاميا إن الظروف باتت مهيأة لعقد لقاء بين زيلينسكي وبوتين. | -
            2022-03-29 | وأضاف بيسكوف أن الحديث عن لقاء بين بوتين وزيلينسكي سابق لأوانه في هذه المرحلة. | -
            # a contact told with its month, then with a day of that month, is one contact on that day
            2024-09-04 | وأكد السيسي أهمية البناء على الزخم الذي تشهده العلاقات منذ زيارة الرئيس أردوغان للقاهرة في فبراير الماضي. وكان أردوغان قد زار القاهرة في 14 فبراير الماضي، والتقى خلالها الرئيس السيسي. | MEETING HAPPENED 2024-02-14 [abdel-fattah-el-sisi, recep-tayyip-erdogan] -
            # a ministry named in a title before the name does not make the person joined by «و» («المتحدثة باسم وزارة الخارجية»)
            2022-02-10 | والتقى لافروف المتحدثة باسم وزارة الخارجية ماريا زاخاروفا. | MEETING HAPPENED 2022-02-10 [maria-zakharova, sergey-lavrov] -
            # «(بترا)» in the dateline makes the story Jordan's: «جلالة الملك» alone is Abdullah II, not the president named before
            2022-03-25 | العقبة 25 آذار (بترا)- التقى الرئيس المصري عبد الفتاح السيسي اليوم رئيس الوزراء العراقي مصطفى الكاظمي. وكان جلالة الملك قد تلقى أمس الخميس اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون. | MEETING HAPPENED 2022-03-25 [abdel-fattah-el-sisi, mustafa-al-kadhimi] - ; PHONE_CALL HAPPENED 2022-03-24 [abdullah-ii, emmanuel-macron] emmanuel-macron
            # «قال X إنه تحدث مع Y»: X takes part even when Y was named earlier in the sentence
            2025-08-07 | ووصفها ترامب بأنها مثمرة، فيما قال الرئيس الأوكراني فولوديمير زيلينسكي إنه تحدث هاتفيا مع ترامب مساء الأربعاء. | PHONE_CALL HAPPENED 2025-08-06 [donald-trump, volodymyr-zelensky] -
            # an aide's principal stays out even when his own title follows his name («… الرئيس دونالد ترامب رئيس الولايات المتحدة»)
            2019-06-25 | استقبل الملك حمد بن عيسى آل خليفة اليوم السيد جاريد كوشنر كبير مستشاري فخامة الرئيس دونالد ترامب رئيس الولايات المتحدة الأمريكية والوفد المرافق له. | MEETING HAPPENED 2019-06-25 [hamad-bin-isa-al-khalifa, jared-kushner] -
            # «/ بنا /» makes the story Bahrain's, and a palace after «ولي العهد» is where he receives, not another place's heir
            2019-06-25 | المنامة في 25 يونيو / بنا / استقبل صاحب السمو الملكي ولي العهد بقصر القضيبية معالي السيد ستيفن منوتشين وزير الخزانة الأمريكي. | MEETING HAPPENED 2019-06-25 [salman-bin-hamad-al-khalifa, steven-mnuchin] -
            # a contact its speaker tells of in the first person inside a direct quote: the speaker is a side
            2024-03-05 | وقال وزير الخارجية التركي هاكان فيدان للصحفيين: "التقيت صباح اليوم نظيري الإيراني حسين أمير عبد اللهيان وبحثنا الوضع في غزة". | MEETING HAPPENED 2024-03-05 [hakan-fidan, hossein-amir-abdollahian] -
            2024-03-05 | وقال فيدان: "أجريت أمس اتصالا هاتفيا بوزير الخارجية الأمريكي أنتوني بلينكن، وحذرته من توسع الحرب". | PHONE_CALL HAPPENED 2024-03-04 [antony-blinken, hakan-fidan] hakan-fidan
            2024-03-05 | وقال الرئيس رجب طيب أردوغان: "تلقيت اتصالا هاتفيا من الرئيس الروسي فلاديمير بوتين، وبحثنا تبادل الأسرى". | PHONE_CALL HAPPENED 2024-03-05 [recep-tayyip-erdogan, vladimir-putin] vladimir-putin
            2024-03-05 | وقال أردوغان في مقابلة تلفزيونية: «سألتقي الرئيس فلاديمير بوتين في سوتشي الأسبوع المقبل». | MEETING PLANNED - [recep-tayyip-erdogan, vladimir-putin] -
            2024-03-05 | وقالت وزيرة الخارجية الألمانية أنالينا بيربوك: "اتصلت بنظيري الأوكراني دميترو كوليبا اليوم". | PHONE_CALL HAPPENED 2024-03-05 [annalena-baerbock, dmytro-kuleba] annalena-baerbock
            # several first-person contacts in one quote: the one he will call is named after «سأتصل»; «تحدثت هاتفيا مع»
            2026-03-11 | وقال وزير الخارجية العراقي فؤاد حسين: «تحدثت هاتفيا مع الوزير ماركو روبيو يوم الأحد، وكان الحديث صريحا، وسأتصل بنظيري التركي هاكان فيدان خلال الأيام المقبلة». | PHONE_CALL HAPPENED 2026-03-08 [fuad-hussein, marco-rubio] - ; PHONE_CALL PLANNED - [fuad-hussein, hakan-fidan] fuad-hussein
            # «لم ألتق أي مسؤول إسرائيلي», «لم أجر أي اتصال»: denied, with a country named by its officials
            2026-03-11 | وقال وزير الخارجية العراقي فؤاد حسين: «لم ألتق أي مسؤول إسرائيلي ولن يحدث ذلك». | MEETING NEGATED - [fuad-hussein, israel] -
            2026-03-11 | وقال وزير الخارجية العراقي فؤاد حسين: «لم أجر أي اتصال مع الجانب الإسرائيلي». | PHONE_CALL NEGATED - [fuad-hussein, israel] -
            # a contact with «me» keeps the speaker («اتصل بي»; the caller after the verb is not read yet); a verb in «ت»
            # before «بعد» is no first person
            2024-03-05 | وقال وزير الخارجية التركي هاكان فيدان: "اتصل بي وزير الخارجية الأمريكي أنتوني بلينكن أمس". | PHONE_CALL HAPPENED 2024-03-04 [antony-blinken, hakan-fidan] -
            2024-03-05 | وقال فيدان: "اجتمعت بعد ذلك اللجنة المشتركة برئاسة الوزيرين". | -
            # … but not one told of someone else in the third person, nor a contact in reported speech or the narrative
            2024-03-05 | وقال فيدان: "التقى الرئيس أردوغان الرئيس بوتين في سوتشي". | MEETING HAPPENED 2024-03-05 [recep-tayyip-erdogan, vladimir-putin] -
            2024-03-05 | وقال بلينكن إن الرئيس جو بايدن "اتصل بالرئيس الصيني شي جين بينغ أمس". | PHONE_CALL HAPPENED 2024-03-04 [joe-biden, xi-jinping] joe-biden
            # «ويأتي الاتصال بعد …»: the contact just told, set against its background; a day named for a contact beats a count of days
            2020-08-16 | أجرى الشيخ عبدالله بن زايد آل نهيان اتصالا هاتفيا اليوم مع وزير الخارجية الإسرائيلي غابي أشكنازي. وقال أشكنازي: «تحدثت مع وزير الخارجية الإماراتي واتفقنا على أن نلتقي قريبا». ويأتي الاتصال بعد ثلاثة أيام من اتصال ثلاثي جمع الشيخ محمد بن زايد آل نهيان والرئيس دونالد ترامب ورئيس الوزراء بنيامين نتنياهو الخميس الماضي. | PHONE_CALL HAPPENED 2020-08-16 [abdullah-bin-zayed-al-nahyan, gabi-ashkenazi] abdullah-bin-zayed-al-nahyan ; MEETING PLANNED - [abdullah-bin-zayed-al-nahyan, gabi-ashkenazi] - ; PHONE_CALL HAPPENED 2020-08-13 [benjamin-netanyahu, donald-trump, mohamed-bin-zayed-al-nahyan] -
            2023-04-19 | استقبل الرئيس بشار الأسد في الرياض أمس. وجاءت الزيارة بعد أسبوع من زيارة أجراها وزير الخارجية فيصل المقداد إلى جدة، التقى خلالها نظيره السعودي الأمير فيصل بن فرحان الأربعاء الماضي. | MEETING HAPPENED 2023-04-12 [faisal-bin-farhan, faisal-mekdad] -
            # a picture's caption tells a meeting the story then dates among several held one by one: one contact
            2025-07-25 | الرئيس عبد الفتاح السيسي خلال لقائه وزير الخارجية الأمريكي أنتوني بلينكن في القاهرة (أ ف ب)\\nالتقى بلينكن الأربعاء الماضي في القاهرة الرئيس عبد الفتاح السيسي ورئيس الوزراء مصطفى مدبولي في لقاءين منفصلين. | MEETING HAPPENED 2025-07-23 [abdel-fattah-el-sisi, antony-blinken] - ; MEETING HAPPENED 2025-07-23 [antony-blinken, mostafa-madbouly] -
            # «لا توجد حاليا أي خطط لعقد لقاء»: «لعقد» is the holding planned, not «عُقد»; the denial does not govern a clause after «في حين»
            2025-06-02 | وقال بيسكوف إنه "لا توجد حاليا أي خطط لعقد لقاء بين الرئيس بوتين وفولوديمير زيلينسكي"، في حين أجرى الرئيس رجب طيب أردوغان أمس الأحد اتصالا هاتفيا بنظيره الأمريكي دونالد ترامب. | MEETING NEGATED - [vladimir-putin, volodymyr-zelensky] - ; PHONE_CALL HAPPENED 2025-06-01 [donald-trump, recep-tayyip-erdogan] recep-tayyip-erdogan
            # an invitation accepted during a meeting is the next contact, not the meeting held
            2017-11-23 | التقى وزير الخارجية السوداني إبراهيم غندور اليوم نظيره الروسي سيرغي لافروف، ووجه إليه دعوة لزيارة الخرطوم قبلها الوزير الروسي. | MEETING HAPPENED 2017-11-23 [ibrahim-ghandour, sergey-lavrov] - ; MEETING PLANNED - [ibrahim-ghandour, sergey-lavrov] -
            # a conference named by its city is no contact of the sentence's sides (unless they follow it)
            2023-06-20 | وكان وزير الخارجية الأردني أيمن الصفدي قد تلقى أمس اتصالا من نظيره المصري سامح شكري، تناول نتائج اجتماعات جنيف، والتنسيق بين البلدين قبيل الجولة الثانية المقررة في العاشر من الشهر المقبل. | PHONE_CALL HAPPENED 2023-06-19 [ayman-safadi, sameh-shoukry] sameh-shoukry
            2023-06-20 | وأكد الوزيران أيمن الصفدي وسامح شكري أمس أهمية اجتماعات جنيف المقررة في العاشر من الشهر المقبل. | -
            2023-06-20 | وأعلن الوسيط أن محادثات جنيف المقرر انطلاقها الأسبوع المقبل ستجمع بين وزير الخارجية الأردني أيمن الصفدي ونظيره المصري سامح شكري. | TALKS PLANNED - [ayman-safadi, sameh-shoukry] -
            """)
    void moreContacts(String day, String body, String expected) {
        contacts(day, body, expected);
    }

    @Test
    void thePeopleWhoHeldACountriesContactTakeItOverThoughAnotherWasToldAfterIt() {
        String out = events("2021-04-06", "انتهت في القاهرة اليوم جولة مفاوضات بين مصر والسودان وإثيوبيا، دون التوصل إلى اتفاق "
                + "على آلية لاستئناف المفاوضات برعاية الاتحاد الأفريقي. وشارك في الاجتماعات وزير الخارجية المصري سامح شكري "
                + "ووزيرة الخارجية السودانية مريم الصادق المهدي ووزير الخارجية الإثيوبي دمقي مكونن.");
        assertThat(out).contains("[demeke-mekonnen, mariam-al-mahdi, sameh-shoukry]").doesNotContain("[egypt, ethiopia, sudan]");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // a place right after a body, or just before the person it describes, is a seat or a post, not the venue
            "2017-05-03 | التقى فائز السراج أمس قائد القوات التابعة لمجلس النواب في طبرق المشير خليفة حفتر في العاصمة الإماراتية أبوظبي. | abu-dhabi",
            "2019-02-11 | التقى الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة الرئيس الفرنسي إيمانويل ماكرون.                        | cairo",
            // between the verb that holds it and the noun that names it, or opening the sentence
            "2025-07-10 | وكان غروندبرغ قد أجرى الأحد الماضي في العاصمة العمانية مسقط لقاء مع وزير الخارجية العماني بدر البوسعيدي. | muscat",
            "2019-02-11 | وفي القاهرة، التقى الرئيس المصري عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون.                     | cairo",
            // «وبالقاهرة»: conjunction, preposition and article before the name; «فور وصوله إلى»: where he is
            "2019-02-11 | والتقى الرئيس المصري عبد الفتاح السيسي اليوم وبالقاهرة الرئيس الفرنسي إيمانويل ماكرون.                      | cairo",
            "2018-05-03 | أجرى وزير الخارجية الصيني وانغ يي محادثات مع نظيره الكوري الشمالي ري يونغ هو فور وصوله إلى بيونغ يانغ.           | pyongyang",
            // the city of the gathering on whose margins it was held, named in its sentence or with the first margins of the story
            "2016-09-05 | التقى الرئيس الروسي فلاديمير بوتين اليوم رئيسة الوزراء البريطانية تيريزا ماي، وذلك على هامش أعمال قمة مجموعة العشرين المنعقدة في مدينة هانغتشو الصينية. | hangzhou",
            "2016-09-05 | انطلقت على هامش قمة مجموعة العشرين في هانغتشو لقاءات ثنائية. والتقى الرئيس الروسي فلاديمير بوتين اليوم على هامش القمة رئيسة الوزراء البريطانية تيريزا ماي. | hangzhou",
            // «على هامش المؤتمر» after the sentence that opened the conference in a city
            "2020-02-20 | انطلقت في تونس العاصمة اليوم أعمال مؤتمر الاستثمار الدولي بمشاركة وفود من عدة دول. والتقى الرئيس التونسي قيس سعيد على هامش المؤتمر رئيس الوزراء الجزائري عبد العزيز جراد. | tunis",
            // «بحث X مع Y في عمان»: where a weakly named contact was held, right after its other side
            "2017-03-20 | بحث وزير الخارجية الأردني أيمن الصفدي مع وزير الخارجية الألماني زيغمار غابرييل في عمان أمس الأوضاع في سوريا. | amman",
            // a modifier of the meeting before «في X مع Y», a palace before the city, a long list of sides, the city a visitor visits
            "2025-05-16 | عقد وزير الخارجية الأمريكي ماركو روبيو اجتماعا ثلاثيا في إسطنبول مع وزير الخارجية التركي هاكان فيدان ووزير الخارجية الأوكراني أندريه سيبيها. | istanbul",
            "2022-07-18 | بحث الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس، خلال جلسة مباحثات عقدت اليوم في قصر الإليزيه في باريس، ملف الطاقة. | paris",
            "2017-07-13 | التقى وزير الخارجية السعودي عادل الجبير، ووزير الخارجية المصري سامح شكري، ووزير خارجية البحرين خالد بن أحمد آل خليفة، ووزير الخارجية الإماراتي عبدالله بن زايد، وزير الخارجية الأمريكي ريكس تيلرسون في جدة أمس. | jeddah",
            "2025-07-02 | ومن المقرر أن يزور وزير الخارجية اليمني شائع الزنداني موسكو الأسبوع المقبل، تلبية لدعوة من نظيره الروسي سيرغي لافروف. | moscow",
            "2021-11-17 | التقى رئيس الوزراء معين عبدالملك اليوم في العاصمة المؤقتة عدن المبعوث الأممي هانس غروندبرغ. | aden",
            "2026-03-12 | ترأس وزير الخارجية الصيني وانغ يي اليوم في بكين اجتماعا ثلاثيا بمشاركة وزير الخارجية السعودي فيصل بن فرحان ووزير الخارجية الإيراني عباس عراقجي. | beijing",
            // the city that hosts it («التي تستضيفها طوكيو»)
            "2019-06-20 | أعلن وزير الخارجية الياباني تارو كونو إلغاء القمة الثلاثية التي كان من المقرر أن تستضيفها طوكيو بمشاركة الرئيس الصيني شي جين بينغ ورئيس كوريا الجنوبية مون جيه إن. | tokyo",
            // «قادما من لشبونة، حيث التقى»: the city right before «حيث» that opens the contact's clause
            "2019-12-05 | ووصل وزير الخارجية الأمريكي مايك بومبيو إلى الرباط قادما من لشبونة، حيث التقى أمس رئيس الوزراء الإسرائيلي بنيامين نتنياهو. | lisbon",
            // a body's headquarters in a city («بمقر الأمم المتحدة في نيويورك») is where they met, not the body's seat
            "2024-02-20 | التقى الأمين العام للأمم المتحدة أنطونيو غوتيريش وزير الخارجية الأردني أيمن الصفدي في مقر الأمم المتحدة في نيويورك. | new-york",
            "2024-02-20 | استقبل الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون في مقر الرئاسة المصرية في القاهرة. | cairo",
            // after the last side of a long list, a comma, «في» and a venue before «بـ» and the city
            "2022-05-31 | التقى المبعوث الأممي إلى سوريا غير بيدرسن أمس في إطار جولته الجديدة رئيس هيئة التفاوض السورية المعارضة ورئيس وفدها التفاوضي الجديد بدر جاموس، في قصر الأمم بجنيف. | geneva",
            // «في» attached to «مدينة/العاصمة» before the name; a building just before «في» and the city, then the guest
            "2021-03-08 | استقبل الرئيس التونسي قيس سعيد أمس بمدينة صفاقس وزير الخارجية الإيطالي لويجي دي مايو. | sfax",
            "2023-10-02 | التقى وزير الخارجية المصري سامح شكري صباح اليوم بالعاصمة عمان نظيره الأردني أيمن الصفدي. | amman",
            "2023-10-02 | استقبل الرئيس المصري عبد الفتاح السيسي مساء أمس بقصر الاتحادية في القاهرة رئيس الوزراء الفلسطيني محمد اشتية. | cairo",
            // the city that hosts or sees it, as the subject of its verb («استضافت مدينة أنطاليا», «وشهدت العاصمة العمانية مسقط»)
            "2022-03-11 | واستضافت مدينة أنطاليا التركية أمس اجتماعا بين وزيري خارجية روسيا وأوكرانيا. | antalya",
            "2025-04-13 | وشهدت العاصمة العمانية مسقط اليوم جولة جديدة من المفاوضات بين إيران والولايات المتحدة. | muscat",
            // a contact during a visit to a city named before it in the sentence
            "2026-03-10 | ومن المقرر أن يزور وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان واشنطن الشهر المقبل، حيث يلتقي وزير الخارجية الأمريكي ماركو روبيو. | washington",
    })
    void theVenueIsNotASeatOrAPost(String day, String body, String location) {
        Analysis a = pipeline.analyze(new ArticleInput("t", null, body, day, null));
        assertThat(a.events()).extracting(Analysis.Event::locationId).containsExactly(location);
    }

    @Test
    void aRouteAfterTheLastSideIsNoVenue() {
        Analysis a = pipeline.analyze(new ArticleInput("t", null, "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن "
                + "الصفدي، في طريقه إلى موسكو.", "2023-06-20", null));
        assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.locationId()).isNull());
    }

    @Test
    void aMeetingElsewhereInTheSameSentenceHasItsOwnVenue() {
        Analysis a = pipeline.analyze(new ArticleInput("t", null, "التقى بومبيو في الدوحة الأحد أمير قطر الشيخ تميم بن حمد "
                + "آل ثاني، وفي مسقط الاثنين السلطان قابوس بن سعيد.", "2019-01-17", null));
        assertThat(a.events()).extracting(Analysis.Event::locationId).containsExactly("doha", "muscat");
    }

    @org.junit.jupiter.api.Test
    void aCallHasNoVenueAndABeginningWithBIsNotAPreposition() {
        // «بتوقيت بكين»: Beijing's «ب» is its own first letter, and a video meeting is held from nowhere
        Analysis a = pipeline.analyze(new ArticleInput("t", null,
                "عقد الرئيس الصيني شي جين بينغ صباح اليوم بتوقيت بكين اجتماعا افتراضيا مع الرئيس الأمريكي جو بايدن.", "2021-11-16", null));
        assertThat(a.events()).hasSize(1);
        assertThat(a.events().get(0).type()).isEqualTo("VIDEO_CALL");
        assertThat(a.events().get(0).locationId()).isNull();
    }

    @org.junit.jupiter.api.Test
    void lexiconIsDataAndLoads() {
        EventLexicon lexicon = EventLexicon.bundled();
        assertThat(lexicon.size()).isGreaterThan(150);
        assertThat(EventLexicon.forms("وبمكالمته")).contains("مكالمت");
        assertThat(EventLexicon.forms("واجتماعاتها")).contains("اجتماعات");
        assertThat(EventLexicon.forms("وستلتقي")).contains("تلتقي");
        // «لقائه», «ولقاؤها»: the hamza's seat before his/her is listed, not derived (not «بإلغائه» → «إلغاء»)
        assertThat(lexicon.at(org.newsint.text.Segmenter.tokens("ولقاؤها", 0, 7), 0, EventLexicon.Kind.TRIGGER)).isNotNull();
        assertThat(lexicon.at(org.newsint.text.Segmenter.tokens("بإلغائه", 0, 7), 0, EventLexicon.Kind.STATUS)).isNull();
    }

    @org.junit.jupiter.api.Test
    void eventIdsAreStable() {
        String a = EventExtractor.eventId("art_1", "MEETING", List.of("b", "a"), "2020-01-01");
        assertThat(a).isEqualTo(EventExtractor.eventId("art_1", "MEETING", List.of("a", "b"), "2020-01-01"))
                .startsWith("evt_").isNotEqualTo(EventExtractor.eventId("art_2", "MEETING", List.of("a", "b"), "2020-01-01"));
    }

}
