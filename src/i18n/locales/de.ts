import type { Strings } from '../strings.js';

/*
 * German. Pupils are addressed as "du", as German school material does; the hints for teachers in problem reports
 * use the infinitive ("… hinzufügen"), as German instructions often do, so no reader is addressed both ways.
 * Quotation marks in prose are „…“; JSON field names keep their straight quotes: they are typed as written.
 */

const rules = new Intl.PluralRules('de');
/** German counts only 1 as singular: "0 Probleme", "1 Problem", "2 Probleme". */
const plural = (n: number, one: string, other: string): string => (rules.select(n) === 'one' ? one : other);

const words: Strings = {
  lang: 'de',
  loading: 'Lektion wird geladen …',
  problemsTitle: 'Ein Teil dieser Lektion konnte nicht angezeigt werden',
  fatalTitle: 'Diese Lektion konnte nicht angezeigt werden',
  figureFatalTitle: 'Diese Kennzahl konnte nicht angezeigt werden',
  warningsTitle: 'In dieser Lektion gibt es etwas zu prüfen',
  problemCount: (n: number) => plural(n, `${n} Problem`, `${n} Probleme`),
  sources: 'Quellen',
  source: 'Quelle',
  sourceRef: (n: number, title: string) => `Quelle ${n}: ${title}`,
  tags: 'Schlagwörter',
  periods: 'Zeitabschnitte',
  periodStarts: 'Beginn des Zeitabschnitts',
  eventsLabel: 'Ereignisse',
  timelineLabel: 'Zeitleiste',
  previous: 'Vorheriges Ereignis',
  next: 'Nächstes Ereignis',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  fitAll: 'Alles anzeigen',
  closeDetails: 'Details schließen',
  filterLabel: 'Ereignisse nach Schlagwort anzeigen',
  allTags: 'Alle',
  shown: (n: number, m: number) => `${n} von ${m} Ereignissen angezeigt`,
  more: (n: number) =>
    plural(
      n,
      `${n} weiteres Ereignis hier: zum Anzeigen vergrößern`,
      `${n} weitere Ereignisse hier: zum Anzeigen vergrößern`,
    ),
  noneShown: 'Kein Ereignis hat die gewählten Schlagwörter.',
  showMore: (n: number, m: number) => `Weitere Ereignisse anzeigen (${n} von ${m} angezeigt)`,
  axisHelp:
    'Mit den Pfeiltasten wechselst du zwischen den Ereignissen, mit der Eingabetaste oder der Leertaste zeigst du eines an, mit + und - zoomst du, mit Esc schließt du die Details.',
  statsLabel: 'Kennzahlen',
  noStatsShown: 'Keine Kennzahl hat die gewählten Schlagwörter oder die gewählte Region.',
  seeOnTimeline: 'Auf der Zeitleiste zeigen',
  seeOnTimelineEvent: (title: string) => `Auf der Zeitleiste zeigen: ${title}`,
  rise: 'Anstieg',
  fall: 'Rückgang',
  noChange: 'Keine Veränderung',
  shareOf: (value: string) => `${value} des Ganzen`,
  sparkline: (first: string, last: string, highest: string) => `von ${first} bis ${last}, Höchstwert ${highest}`,
  point: (value: string, period: string) => `${value} (${period})`,
  credit: 'Bildnachweis',
  opensInNewTab: '(öffnet sich in einem neuen Tab)',
  qualifier: {
    over: 'über {}',
    under: 'unter {}',
    about: 'etwa {}',
    'at-least': 'mindestens {}',
    'at-most': 'höchstens {}',
  },

  /* ---------- <edu-glossary> and glossary terms in text ---------- */
  glossaryHint: 'Glossarbegriff: zeigt, was er bedeutet',
  noGlossary: 'die Lektion hat kein Glossar zum Anzeigen',
  noGlossaryFix: 'Einträge mit "term" und "expansion" oder "definition" zur Liste "glossary" hinzufügen',

  /* ---------- <edu-quiz> ---------- */
  quizOrderHeading: 'Bring die Ereignisse in die richtige Reihenfolge',
  quizChoiceHeading: 'Fragen',
  quizOrderHelp:
    'Setze das früheste Ereignis nach oben und das späteste nach unten: Ziehe ein Ereignis an seinem Griff oder nutze seine Schaltflächen „Nach oben“ und „Nach unten“. Prüfe dann deine Reihenfolge.',
  quizOrderPrintHelp: 'Nummeriere die Ereignisse von 1 (das früheste) bis zum letzten (das späteste).',
  quizChoicePrintHelp: 'Kreuze bei jeder Frage ein Kästchen an.',
  quizMoveUp: (title: string) => `Nach oben: ${title}`,
  quizMoveDown: (title: string) => `Nach unten: ${title}`,
  quizMoved: (title: string, position: number, total: number) => `${title}: jetzt auf Platz ${position} von ${total}`,
  quizCheckOrder: 'Reihenfolge prüfen',
  quizCheckAnswers: 'Antworten prüfen',
  quizShowAnswers: 'Lösungen zeigen',
  quizTryAgain: 'Noch einmal versuchen',
  quizResetProgress: 'Fortschritt zurücksetzen',
  quizSaved: 'Deine Antworten werden in diesem Browser gespeichert.',
  quizRight: 'Richtig',
  quizWrong: 'Falsch',
  quizNotAnswered: 'Nicht beantwortet',
  quizRightAnswer: 'Richtige Antwort',
  quizOrderScore: (n: number, m: number) =>
    n === m
      ? `Alle ${m} Ereignisse sind in der richtigen Reihenfolge.`
      : n === 0
        ? `Keines der ${m} Ereignisse steht an der richtigen Stelle.`
        : plural(
            n,
            `${n} von ${m} Ereignissen steht an der richtigen Stelle.`,
            `${n} von ${m} Ereignissen stehen an der richtigen Stelle.`,
          ),
  quizLastOrderScore: (n: number, m: number) => `Letztes Mal: ${n} von ${m} Ereignissen an der richtigen Stelle.`,
  quizCorrectOrder: 'Die richtige Reihenfolge',
  quizGapLater: (gap: string) => `${gap} später`,
  quizSameTime: 'laut den Datumsangaben gleichzeitig: Beide Reihenfolgen sind richtig',
  quizChoiceScore: (n: number, m: number) => `${n} von ${m} richtig`,
  quizUnanswered: (n: number) => plural(n, `${n} Frage nicht beantwortet`, `${n} Fragen nicht beantwortet`),
  quizNothingAnswered: 'Wähle zuerst eine Antwort auf eine Frage.',
  quizAnswersShown: 'Die richtigen Antworten sind markiert.',
  quizAnswerKey: 'Lösungen',
  quizNoOrder: 'Diese Lektion hat zu wenige Ereignisse mit verschiedenen Daten, um sie zu ordnen.',
  quizNoQuestions: 'Diese Lektion hat keine Fragen.',
  noQuiz: 'die Lektion hat weder zwei Ereignisse mit verschiedenen Daten zum Ordnen noch Fragen zum Beantworten',
  noQuizFix: 'eine Liste "questions" oder mindestens zwei Ereignisse mit verschiedenen Daten hinzufügen',

  /* ---------- <edu-lesson> ---------- */
  glossaryHeading: 'Glossar',
  quizHeading: 'Teste dein Wissen',

  /* ---------- problems an element reports about its lesson ---------- */
  noEvents: 'die Lektion hat keine Ereignisse, die auf einer Zeitleiste gezeigt werden können',
  noEventsFix: 'Ereignisse mit "date" und "title" zur Liste "events" hinzufügen',
  noStats: 'die Lektion hat keine Kennzahlen zum Anzeigen',
  noStatsFix: 'Kennzahlen mit "value" und "label" zur Liste "stats" hinzufügen',
  noLessonParts:
    'von der Lektion kann nichts angezeigt werden: sie hat keine Ereignisse, Kennzahlen, Glossareinträge oder Fragen',
  noLessonPartsFix: '"events" mit "date" und "title" hinzufügen, oder "stats", "glossary" oder "questions"',
  noStat: 'es wurde keine Kennzahl angegeben',
  noStatFix: 'die Attribute value und label oder die Eigenschaft stat setzen',
  noData: 'es wurden keine Lektionsdaten angegeben',
  noDataFix:
    'das Attribut src auf eine Lektionsdatei setzen, die Lektion in ein <script type="application/json"> im Element schreiben oder die Eigenschaft data setzen',
};
export default words;
