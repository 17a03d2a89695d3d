import type { Strings } from '../strings.js';

/*
 * French. Readers are addressed as "vous" (pupils and teachers alike). No space is put before ":" (the elements
 * also join some words with ": " themselves, so a space in these strings alone would be inconsistent); the
 * apostrophe is the typographic one (’). JSON field names keep their straight quotes: they are typed as written.
 */

const rules = new Intl.PluralRules('fr');
/** French counts 0 and 1 as singular: "0 problème", "1 problème", "2 problèmes". */
const plural = (n: number, one: string, other: string): string => (rules.select(n) === 'one' ? one : other);

const words: Strings = {
  lang: 'fr',
  loading: 'Chargement de la leçon…',
  problemsTitle: 'Une partie de cette leçon n’a pas pu être affichée',
  fatalTitle: 'Cette leçon n’a pas pu être affichée',
  figureFatalTitle: 'Ce chiffre n’a pas pu être affiché',
  warningsTitle: 'Cette leçon contient des points à vérifier',
  problemCount: (n: number) => plural(n, `${n} problème`, `${n} problèmes`),
  sources: 'Sources',
  source: 'Source',
  sourceRef: (n: number, title: string) => `Source ${n}: ${title}`,
  tags: 'Étiquettes',
  periods: 'Périodes',
  periodStarts: 'Début de la période',
  eventsLabel: 'Événements',
  timelineLabel: 'Frise chronologique',
  previous: 'Événement précédent',
  next: 'Événement suivant',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fitAll: 'Tout afficher',
  closeDetails: 'Fermer les détails',
  filterLabel: 'Afficher les événements par étiquette',
  allTags: 'Tous',
  shown: (n: number, m: number) => plural(n, `${n} événement affiché sur ${m}`, `${n} événements affichés sur ${m}`),
  more: (n: number) =>
    plural(n, `${n} autre événement ici: zoomez pour le voir`, `${n} autres événements ici: zoomez pour les voir`),
  noneShown: 'Aucun événement n’a les étiquettes choisies.',
  showMore: (n: number, m: number) =>
    `Afficher plus d’événements (${plural(n, `${n} affiché`, `${n} affichés`)} sur ${m})`,
  axisHelp:
    'Les touches fléchées passent d’un événement à l’autre, Entrée ou Espace en affiche un, + et - changent le zoom, Échap ferme les détails.',
  statsLabel: 'Chiffres clés',
  noStatsShown: 'Aucun chiffre n’a les étiquettes ou la région choisies.',
  seeOnTimeline: 'Voir sur la frise',
  seeOnTimelineEvent: (title: string) => `Voir sur la frise: ${title}`,
  rise: 'Hausse',
  fall: 'Baisse',
  noChange: 'Sans changement',
  shareOf: (value: string) => `${value} du total`,
  sparkline: (first: string, last: string, highest: string) => `de ${first} à ${last}, maximum ${highest}`,
  point: (value: string, period: string) => `${value} (${period})`,
  credit: 'Crédit photo',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  qualifier: {
    over: 'plus de {}',
    under: 'moins de {}',
    about: 'environ {}',
    'at-least': 'au moins {}',
    'at-most': 'au plus {}',
  },

  /* ---------- <edu-glossary> and glossary terms in text ---------- */
  glossaryHint: 'terme du glossaire: affiche sa signification',
  noGlossary: 'la leçon n’a pas de glossaire à afficher',
  noGlossaryFix:
    'ajoutez à la liste "glossary" des entrées avec un champ "term" et un champ "expansion" ou "definition"',

  /* ---------- <edu-quiz> ---------- */
  quizOrderHeading: 'Remettez les événements dans l’ordre',
  quizChoiceHeading: 'Questions',
  quizOrderHelp:
    'Placez l’événement le plus ancien en haut et le plus récent en bas: faites glisser un événement par sa poignée, ou utilisez ses boutons Monter et Descendre. Vérifiez ensuite votre ordre.',
  quizOrderPrintHelp: 'Numérotez les événements de 1 (le plus ancien) jusqu’au dernier (le plus récent).',
  quizChoicePrintHelp: 'Cochez une case pour chaque question.',
  quizMoveUp: (title: string) => `Monter: ${title}`,
  quizMoveDown: (title: string) => `Descendre: ${title}`,
  quizMoved: (title: string, position: number, total: number) =>
    `${title}: maintenant en position ${position} sur ${total}`,
  quizCheckOrder: 'Vérifier l’ordre',
  quizCheckAnswers: 'Vérifier les réponses',
  quizShowAnswers: 'Afficher les réponses',
  quizTryAgain: 'Réessayer',
  quizResetProgress: 'Effacer la progression',
  quizSaved: 'Vos réponses sont conservées dans ce navigateur.',
  quizRight: 'Correct',
  quizWrong: 'Incorrect',
  quizNotAnswered: 'Sans réponse',
  quizRightAnswer: 'Bonne réponse',
  quizOrderScore: (n: number, m: number) =>
    n === m
      ? `Les ${m} événements sont tous dans le bon ordre.`
      : n === 0
        ? `Aucun des ${m} événements n’est à la bonne place.`
        : plural(n, `${n} événement sur ${m} est à la bonne place.`, `${n} événements sur ${m} sont à la bonne place.`),
  quizLastOrderScore: (n: number, m: number) =>
    `La dernière fois: ${plural(n, `${n} événement`, `${n} événements`)} sur ${m} à la bonne place.`,
  quizCorrectOrder: 'Le bon ordre',
  quizGapLater: (gap: string) => `${gap} plus tard`,
  quizSameTime: 'en même temps, d’après les dates: les deux ordres sont justes',
  quizChoiceScore: (n: number, m: number) => `${plural(n, `${n} bonne réponse`, `${n} bonnes réponses`)} sur ${m}`,
  quizUnanswered: (n: number) => plural(n, `${n} question sans réponse`, `${n} questions sans réponse`),
  quizNothingAnswered: 'Choisissez d’abord une réponse à une question.',
  quizAnswersShown: 'Les bonnes réponses sont indiquées.',
  quizAnswerKey: 'Corrigé',
  quizNoOrder: 'Cette leçon n’a pas assez d’événements de dates différentes à remettre dans l’ordre.',
  quizNoQuestions: 'Cette leçon n’a aucune question.',
  noQuiz:
    'la leçon n’a ni deux événements de dates différentes à remettre dans l’ordre, ni questions auxquelles répondre',
  noQuizFix: 'ajoutez une liste "questions", ou au moins deux événements de dates différentes',

  /* ---------- <edu-lesson> ---------- */
  glossaryHeading: 'Glossaire',
  quizHeading: 'Testez vos connaissances',

  /* ---------- problems an element reports about its lesson ---------- */
  noEvents: 'la leçon n’a aucun événement à afficher sur une frise chronologique',
  noEventsFix: 'ajoutez à la liste "events" des événements avec un champ "date" et un champ "title"',
  noStats: 'la leçon n’a aucun chiffre clé à afficher',
  noStatsFix: 'ajoutez à la liste "stats" des chiffres avec un champ "value" et un champ "label"',
  noLessonParts:
    'rien dans la leçon ne peut être affiché: elle n’a ni événements, ni chiffres clés, ni entrées de glossaire, ni questions',
  noLessonPartsFix: 'ajoutez des "events" avec "date" et "title", ou des "stats", un "glossary" ou des "questions"',
  noStat: 'aucun chiffre n’a été donné',
  noStatFix: 'définissez les attributs value et label, ou la propriété stat',
  noData: 'aucune donnée de leçon n’a été fournie',
  noDataFix:
    'indiquez un fichier de leçon dans l’attribut src, placez la leçon dans un <script type="application/json"> à l’intérieur de l’élément, ou définissez la propriété data',
};
export default words;
