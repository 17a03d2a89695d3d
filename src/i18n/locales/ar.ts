import type { Strings } from '../strings.js';

/*
 * Arabic (Modern Standard). Instructions use the imperative ("رتّب"), buttons the verbal noun ("إظهار الإجابات"), as
 * Arabic interfaces and school books do. Lists use "،", quotation marks in prose are «…». Numbers passed in stay
 * as given (the elements write figures elsewhere), key names stay as printed on the keyboard (Enter, Space,
 * Escape), and JSON field names keep their straight quotes: they are typed as written.
 */

const rules = new Intl.PluralRules('ar');

/**
 * The form of a phrase for the count `n`; `#` stands for `n`. Arabic counts have six forms: 0 (`zero`, else
 * `other`); 1 and 2 (`one`, `two`), said by the noun alone ("مشكلة واحدة", "مشكلتان"); 3–10 (`few`) with the
 * plural ("3 مشكلات"); 11–99 (`many`) with the singular in the accusative ("11 حدثًا"); 100, 101, 102… (`other`)
 * with the singular ("100 حدث"). `few` and `many` follow the last two digits: 103 is `few`, 111 `many`.
 */
function plural(n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return (forms[rules.select(n)] ?? forms.other).replace('#', String(n));
}

const words: Strings = {
  lang: 'ar',
  loading: 'جارٍ تحميل الدرس…',
  problemsTitle: 'تعذّر عرض جزء من هذا الدرس',
  fatalTitle: 'تعذّر عرض هذا الدرس',
  figureFatalTitle: 'تعذّر عرض هذا الرقم',
  warningsTitle: 'في هذا الدرس أمور تحتاج إلى مراجعة',
  problemCount: (n: number) =>
    plural(n, {
      zero: 'لا مشكلات',
      one: 'مشكلة واحدة',
      two: 'مشكلتان',
      few: '# مشكلات',
      many: '# مشكلة',
      other: '# مشكلة',
    }),
  sources: 'المصادر',
  source: 'المصدر',
  sourceRef: (n: number, title: string) => `المصدر ${n}: ${title}`,
  tags: 'الوسوم',
  periods: 'الفترات',
  periodStarts: 'بداية الفترة',
  eventsLabel: 'الأحداث',
  timelineLabel: 'الخط الزمني',
  previous: 'الحدث السابق',
  next: 'الحدث التالي',
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fitAll: 'عرض الكل',
  closeDetails: 'إغلاق التفاصيل',
  filterLabel: 'عرض الأحداث حسب الوسم',
  allTags: 'الكل',
  // "The events shown: n of m" needs no agreement between the counts and the noun.
  shown: (n: number, m: number) => `الأحداث المعروضة: ${n} من ${m}`,
  more: (n: number) =>
    plural(n, {
      one: 'حدث آخر هنا: كبّر العرض لرؤيته',
      two: 'حدثان آخران هنا: كبّر العرض لرؤيتهما',
      few: '# أحداث أخرى هنا: كبّر العرض لرؤيتها',
      many: '# حدثًا آخر هنا: كبّر العرض لرؤيتها',
      other: '# حدث آخر هنا: كبّر العرض لرؤيتها',
    }),
  noneShown: 'لا يوجد حدث يحمل الوسوم المختارة.',
  showMore: (n: number, m: number) => `عرض المزيد من الأحداث (المعروض ${n} من ${m})`,
  axisHelp:
    'استخدم مفاتيح الأسهم للتنقل بين الأحداث، ومفتاح Enter أو Space لعرض أحدها، ومفتاحَي + و - للتكبير والتصغير، ومفتاح Escape لإغلاق التفاصيل.',
  statsLabel: 'أرقام رئيسية',
  noStatsShown: 'لا يوجد رقم يحمل الوسوم أو المنطقة المختارة.',
  seeOnTimeline: 'عرض على الخط الزمني',
  seeOnTimelineEvent: (title: string) => `عرض على الخط الزمني: ${title}`,
  rise: 'ارتفاع',
  fall: 'انخفاض',
  noChange: 'دون تغيير',
  shareOf: (value: string) => `${value} من المجموع`,
  sparkline: (first: string, last: string, highest: string) => `من ${first} إلى ${last}، وأعلى قيمة ${highest}`,
  point: (value: string, period: string) => `${value} (${period})`,
  credit: 'حقوق الصورة',
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  qualifier: {
    over: 'أكثر من {}',
    under: 'أقل من {}',
    about: 'نحو {}',
    'at-least': '{} على الأقل',
    'at-most': '{} على الأكثر',
  },

  /* ---------- <edu-glossary> and glossary terms in text ---------- */
  glossaryHint: 'مصطلح في المسرد: يعرض معناه',
  noGlossary: 'لا يحتوي الدرس على مسرد مصطلحات لعرضه',
  noGlossaryFix: 'أضف إلى قائمة "glossary" مدخلات لكل منها "term" و"expansion" أو "definition"',

  /* ---------- <edu-quiz> ---------- */
  quizOrderHeading: 'رتّب الأحداث',
  quizChoiceHeading: 'الأسئلة',
  quizOrderHelp:
    'ضع الحدث الأقدم في الأعلى والأحدث في الأسفل: اسحب الحدث من مقبضه، أو استخدم زرَّيه «نقل إلى الأعلى» و«نقل إلى الأسفل». ثم تحقّق من ترتيبك.',
  quizOrderPrintHelp: 'رقّم الأحداث من 1 (الأقدم) إلى آخرها (الأحدث).',
  quizChoicePrintHelp: 'ضع علامة في مربع واحد لكل سؤال.',
  quizMoveUp: (title: string) => `نقل إلى الأعلى: ${title}`,
  quizMoveDown: (title: string) => `نقل إلى الأسفل: ${title}`,
  quizMoved: (title: string, position: number, total: number) => `${title}: الآن في الموضع ${position} من ${total}`,
  quizCheckOrder: 'التحقق من الترتيب',
  quizCheckAnswers: 'التحقق من الإجابات',
  quizShowAnswers: 'إظهار الإجابات',
  quizTryAgain: 'إعادة المحاولة',
  quizResetProgress: 'مسح التقدّم',
  quizSaved: 'تُحفظ إجاباتك في هذا المتصفح.',
  quizRight: 'صحيح',
  quizWrong: 'خطأ',
  quizNotAnswered: 'بلا إجابة',
  quizRightAnswer: 'الإجابة الصحيحة',
  quizOrderScore: (n: number, m: number) =>
    n === m
      ? plural(m, {
          two: 'الحدثان كلاهما في الترتيب الصحيح.',
          other: 'الأحداث الـ# كلها في الترتيب الصحيح.',
        })
      : plural(n, {
          zero: `ليس أيٌّ من الأحداث الـ${m} في مكانه الصحيح.`,
          one: `حدث واحد من أصل ${m} في مكانه الصحيح.`,
          two: `حدثان من أصل ${m} في مكانهما الصحيح.`,
          few: `# أحداث من أصل ${m} في مكانها الصحيح.`,
          many: `# حدثًا من أصل ${m} في مكانها الصحيح.`,
          other: `# حدث من أصل ${m} في مكانها الصحيح.`,
        }),
  quizLastOrderScore: (n: number, m: number) =>
    `المرة السابقة: ${plural(n, {
      one: 'حدث واحد',
      two: 'حدثان',
      few: '# أحداث',
      many: '# حدثًا',
      other: '# حدث',
    })} من أصل ${m} في المكان الصحيح.`,
  quizCorrectOrder: 'الترتيب الصحيح',
  quizGapLater: (gap: string) => `بعد ${gap}`,
  quizSameTime: 'في الوقت نفسه بحسب التواريخ: كلا الترتيبين صحيح',
  quizChoiceScore: (n: number, m: number) => `الإجابات الصحيحة: ${n} من ${m}`,
  quizUnanswered: (n: number) =>
    plural(n, {
      zero: 'لا أسئلة بلا إجابة',
      one: 'سؤال واحد بلا إجابة',
      two: 'سؤالان بلا إجابة',
      few: '# أسئلة بلا إجابة',
      many: '# سؤالًا بلا إجابة',
      other: '# سؤال بلا إجابة',
    }),
  quizNothingAnswered: 'اختر إجابة لأحد الأسئلة أولًا.',
  quizAnswersShown: 'تم تمييز الإجابات الصحيحة.',
  quizAnswerKey: 'مفتاح الإجابات',
  quizNoOrder: 'لا يحتوي هذا الدرس على ما يكفي من الأحداث ذات التواريخ المختلفة لترتيبها.',
  quizNoQuestions: 'لا يحتوي هذا الدرس على أسئلة.',
  noQuiz: 'لا يحتوي الدرس على حدثين بتاريخين مختلفين لترتيبهما، ولا على أسئلة للإجابة عنها',
  noQuizFix: 'أضف قائمة "questions"، أو حدثين على الأقل بتاريخين مختلفين',

  /* ---------- <edu-lesson> ---------- */
  glossaryHeading: 'مسرد المصطلحات',
  quizHeading: 'اختبر معلوماتك',

  /* ---------- problems an element reports about its lesson ---------- */
  noEvents: 'لا يحتوي الدرس على أحداث لعرضها على خط زمني',
  noEventsFix: 'أضف إلى قائمة "events" أحداثًا لكل منها "date" و"title"',
  noStats: 'لا يحتوي الدرس على أرقام لعرضها',
  noStatsFix: 'أضف إلى قائمة "stats" أرقامًا لكل منها "value" و"label"',
  noLessonParts: 'لا يمكن عرض شيء من الدرس: ليس فيه أحداث ولا أرقام ولا مصطلحات ولا أسئلة',
  noLessonPartsFix: 'أضف "events" لكل منها "date" و"title"، أو "stats" أو "glossary" أو "questions"',
  noStat: 'لم يُحدَّد أي رقم',
  noStatFix: 'عيّن السمتين value وlabel، أو الخاصية stat',
  noData: 'لم تُقدَّم بيانات الدرس',
  noDataFix:
    'عيّن السمة src إلى ملف درس، أو ضع الدرس في <script type="application/json"> داخل العنصر، أو عيّن الخاصية data',
};
export default words;
