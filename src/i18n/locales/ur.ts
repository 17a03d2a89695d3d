import type { Strings } from '../strings.js';

/*
 * Urdu. Readers are addressed politely ("آپ", "…یں"), as school material does. Sentences end with "۔" and lists
 * use "،". Numbers passed in stay as given (the elements write figures elsewhere), key names stay as printed on
 * the keyboard (Enter, Space, Escape), and JSON field names keep their straight quotes: they are typed as written.
 */

const rules = new Intl.PluralRules('ur');
/** Urdu counts only 1 as singular: "1 مسئلہ", "2 مسائل". */
const plural = (n: number, one: string, other: string): string => (rules.select(n) === 'one' ? one : other);

const words: Strings = {
  lang: 'ur',
  loading: 'سبق لوڈ ہو رہا ہے…',
  problemsTitle: 'اس سبق کا کچھ حصہ دکھایا نہیں جا سکا',
  fatalTitle: 'یہ سبق دکھایا نہیں جا سکا',
  figureFatalTitle: 'یہ عدد دکھایا نہیں جا سکا',
  warningsTitle: 'اس سبق میں کچھ باتیں جانچنے کی ہیں',
  problemCount: (n: number) => plural(n, `${n} مسئلہ`, `${n} مسائل`),
  sources: 'مآخذ',
  source: 'ماخذ',
  sourceRef: (n: number, title: string) => `ماخذ ${n}: ${title}`,
  tags: 'ٹیگز',
  periods: 'ادوار',
  periodStarts: 'دور کا آغاز',
  eventsLabel: 'واقعات',
  timelineLabel: 'ٹائم لائن',
  previous: 'پچھلا واقعہ',
  next: 'اگلا واقعہ',
  zoomIn: 'زوم ان کریں',
  zoomOut: 'زوم آؤٹ کریں',
  fitAll: 'سب دکھائیں',
  closeDetails: 'تفصیلات بند کریں',
  filterLabel: 'ٹیگ کے لحاظ سے واقعات دکھائیں',
  allTags: 'سب',
  shown: (n: number, m: number) => plural(n, `${m} میں سے ${n} واقعہ دکھایا گیا`, `${m} میں سے ${n} واقعات دکھائے گئے`),
  more: (n: number) =>
    plural(
      n,
      `یہاں ${n} اور واقعہ ہے: دیکھنے کے لیے زوم ان کریں`,
      `یہاں ${n} اور واقعات ہیں: دیکھنے کے لیے زوم ان کریں`,
    ),
  noneShown: 'کسی واقعے پر منتخب ٹیگ نہیں ہیں۔',
  showMore: (n: number, m: number) => `مزید واقعات دکھائیں (${m} میں سے ${n} ${plural(n, 'دکھایا گیا', 'دکھائے گئے')})`,
  axisHelp:
    'تیر والی کلیدوں سے ایک واقعے سے دوسرے پر جائیں، Enter یا Space سے واقعہ کھولیں، + اور - سے زوم کریں، اور Escape سے تفصیلات بند کریں۔',
  statsLabel: 'اہم اعداد و شمار',
  noStatsShown: 'کسی عدد پر منتخب ٹیگ یا علاقہ نہیں ہے۔',
  seeOnTimeline: 'ٹائم لائن پر دیکھیں',
  seeOnTimelineEvent: (title: string) => `ٹائم لائن پر دیکھیں: ${title}`,
  rise: 'اضافہ',
  fall: 'کمی',
  noChange: 'کوئی تبدیلی نہیں',
  shareOf: (value: string) => `کل کا ${value}`,
  sparkline: (first: string, last: string, highest: string) => `${first} سے ${last} تک، سب سے زیادہ ${highest}`,
  point: (value: string, period: string) => `${value} (${period})`,
  credit: 'بشکریہ',
  opensInNewTab: '(نئے ٹیب میں کھلتا ہے)',
  qualifier: {
    over: '{} سے زیادہ',
    under: '{} سے کم',
    about: 'تقریباً {}',
    'at-least': 'کم از کم {}',
    'at-most': 'زیادہ سے زیادہ {}',
  },

  /* ---------- <edu-glossary> and glossary terms in text ---------- */
  glossaryHint: 'فرہنگ کی اصطلاح: اس کا مطلب دکھاتی ہے',
  noGlossary: 'سبق میں دکھانے کے لیے کوئی فرہنگ نہیں ہے',
  noGlossaryFix: '"glossary" فہرست میں ایسے اندراجات شامل کریں جن میں "term" اور "expansion" یا "definition" ہو',

  /* ---------- <edu-quiz> ---------- */
  quizOrderHeading: 'واقعات کو ترتیب سے لگائیں',
  quizChoiceHeading: 'سوالات',
  quizOrderHelp:
    'سب سے پہلے کا واقعہ سب سے اوپر اور سب سے بعد کا سب سے نیچے رکھیں: کسی واقعے کو اس کے ہینڈل سے گھسیٹیں، یا اس کے "اوپر لے جائیں" اور "نیچے لے جائیں" بٹن استعمال کریں۔ پھر اپنی ترتیب جانچیں۔',
  quizOrderPrintHelp: 'واقعات پر 1 (سب سے پہلے کا) سے آخری (سب سے بعد کا) تک نمبر لگائیں۔',
  quizChoicePrintHelp: 'ہر سوال کے لیے ایک خانے پر نشان لگائیں۔',
  quizMoveUp: (title: string) => `اوپر لے جائیں: ${title}`,
  quizMoveDown: (title: string) => `نیچے لے جائیں: ${title}`,
  quizMoved: (title: string, position: number, total: number) => `${title}: اب ${total} میں سے ${position} نمبر پر`,
  quizCheckOrder: 'ترتیب جانچیں',
  quizCheckAnswers: 'جوابات جانچیں',
  quizShowAnswers: 'جوابات دکھائیں',
  quizTryAgain: 'دوبارہ کوشش کریں',
  quizResetProgress: 'پیش رفت صاف کریں',
  quizSaved: 'آپ کے جوابات اسی براؤزر میں محفوظ رہتے ہیں۔',
  quizRight: 'درست',
  quizWrong: 'غلط',
  quizNotAnswered: 'جواب نہیں دیا گیا',
  quizRightAnswer: 'درست جواب',
  quizOrderScore: (n: number, m: number) =>
    n === m
      ? `تمام ${m} واقعات درست ترتیب میں ہیں۔`
      : n === 0
        ? `${m} میں سے کوئی بھی واقعہ درست جگہ پر نہیں ہے۔`
        : plural(n, `${m} میں سے ${n} واقعہ درست جگہ پر ہے۔`, `${m} میں سے ${n} واقعات درست جگہ پر ہیں۔`),
  quizLastOrderScore: (n: number, m: number) =>
    `پچھلی بار: ${m} میں سے ${n} ${plural(n, 'واقعہ', 'واقعات')} درست جگہ پر۔`,
  quizCorrectOrder: 'درست ترتیب',
  quizGapLater: (gap: string) => `${gap} بعد`,
  quizSameTime: 'تاریخوں کے مطابق ایک ہی وقت میں: کوئی بھی ترتیب درست ہے',
  quizChoiceScore: (n: number, m: number) => `${m} میں سے ${n} درست`,
  quizUnanswered: (n: number) => plural(n, `${n} سوال کا جواب نہیں دیا گیا`, `${n} سوالات کے جواب نہیں دیے گئے`),
  quizNothingAnswered: 'پہلے کسی سوال کا جواب منتخب کریں۔',
  quizAnswersShown: 'درست جوابات پر نشان لگا دیے گئے ہیں۔',
  quizAnswerKey: 'جوابات کی کلید',
  quizNoOrder: 'اس سبق میں مختلف تاریخوں والے اتنے واقعات نہیں ہیں کہ انہیں ترتیب دی جا سکے۔',
  quizNoQuestions: 'اس سبق میں کوئی سوال نہیں ہے۔',
  noQuiz: 'سبق میں نہ ترتیب دینے کے لیے مختلف تاریخوں والے دو واقعات ہیں اور نہ جواب دینے کے لیے سوالات',
  noQuizFix: '"questions" فہرست شامل کریں، یا مختلف تاریخوں والے کم از کم دو واقعات',

  /* ---------- <edu-lesson> ---------- */
  glossaryHeading: 'فرہنگ',
  quizHeading: 'اپنی معلومات جانچیں',

  /* ---------- problems an element reports about its lesson ---------- */
  noEvents: 'سبق میں ٹائم لائن پر دکھانے کے لیے کوئی واقعہ نہیں ہے',
  noEventsFix: '"events" فہرست میں ایسے واقعات شامل کریں جن میں "date" اور "title" ہوں',
  noStats: 'سبق میں دکھانے کے لیے کوئی اعداد و شمار نہیں ہیں',
  noStatsFix: '"stats" فہرست میں ایسے اعداد شامل کریں جن میں "value" اور "label" ہوں',
  noLessonParts:
    'سبق میں دکھانے کے لیے کچھ نہیں: اس میں نہ واقعات ہیں، نہ اعداد و شمار، نہ فرہنگ کے الفاظ اور نہ سوالات',
  noLessonPartsFix: '"date" اور "title" کے ساتھ "events" شامل کریں، یا "stats"، "glossary" یا "questions"',
  noStat: 'کوئی عدد نہیں دیا گیا',
  noStatFix: 'value اور label ایٹری بیوٹ یا stat پراپرٹی سیٹ کریں',
  noData: 'سبق کا کوئی ڈیٹا نہیں دیا گیا',
  noDataFix:
    'src ایٹری بیوٹ میں سبق کی فائل دیں، سبق کو عنصر کے اندر <script type="application/json"> میں رکھیں، یا data پراپرٹی سیٹ کریں',
};
export default words;
