import type { Strings } from '../strings.js';

/*
 * Spanish. Readers are addressed as "tú" (pupils and teachers alike), as school material and most apps do.
 * "Acontecimiento", not "evento", is the word history lessons use for an event. JSON field names keep their straight
 * quotes: they are typed as written.
 */

const rules = new Intl.PluralRules('es');
/** Spanish counts only 1 as singular: "0 problemas", "1 problema", "2 problemas". */
const plural = (n: number, one: string, other: string): string => (rules.select(n) === 'one' ? one : other);

const words: Strings = {
  lang: 'es',
  loading: 'Cargando la lección…',
  problemsTitle: 'No se ha podido mostrar una parte de esta lección',
  fatalTitle: 'No se ha podido mostrar esta lección',
  figureFatalTitle: 'No se ha podido mostrar esta cifra',
  warningsTitle: 'Esta lección tiene cosas que revisar',
  problemCount: (n: number) => plural(n, `${n} problema`, `${n} problemas`),
  sources: 'Fuentes',
  source: 'Fuente',
  sourceRef: (n: number, title: string) => `Fuente ${n}: ${title}`,
  tags: 'Etiquetas',
  periods: 'Periodos',
  periodStarts: 'Inicio del periodo',
  eventsLabel: 'Acontecimientos',
  timelineLabel: 'Línea de tiempo',
  previous: 'Acontecimiento anterior',
  next: 'Acontecimiento siguiente',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fitAll: 'Mostrar todo',
  closeDetails: 'Cerrar detalles',
  filterLabel: 'Mostrar acontecimientos por etiqueta',
  allTags: 'Todos',
  shown: (n: number, m: number) =>
    plural(n, `Se muestra ${n} de ${m} acontecimientos`, `Se muestran ${n} de ${m} acontecimientos`),
  more: (n: number) =>
    plural(
      n,
      `${n} acontecimiento más aquí: acerca la vista para verlo`,
      `${n} acontecimientos más aquí: acerca la vista para verlos`,
    ),
  noneShown: 'Ningún acontecimiento tiene las etiquetas elegidas.',
  showMore: (n: number, m: number) =>
    `Mostrar más acontecimientos (${plural(n, 'se muestra', 'se muestran')} ${n} de ${m})`,
  axisHelp:
    'Las teclas de flecha pasan de un acontecimiento a otro, Intro o Espacio muestra uno, + y - acercan y alejan, Esc cierra los detalles.',
  statsLabel: 'Cifras clave',
  noStatsShown: 'Ninguna cifra tiene las etiquetas o la región elegidas.',
  seeOnTimeline: 'Ver en la línea de tiempo',
  seeOnTimelineEvent: (title: string) => `Ver en la línea de tiempo: ${title}`,
  rise: 'Aumento',
  fall: 'Descenso',
  noChange: 'Sin cambios',
  shareOf: (value: string) => `${value} del total`,
  sparkline: (first: string, last: string, highest: string) => `de ${first} a ${last}, máximo ${highest}`,
  point: (value: string, period: string) => `${value} (${period})`,
  credit: 'Crédito',
  opensInNewTab: '(se abre en una pestaña nueva)',
  qualifier: {
    over: 'más de {}',
    under: 'menos de {}',
    about: 'cerca de {}',
    'at-least': 'al menos {}',
    'at-most': 'como máximo {}',
  },

  /* ---------- <edu-glossary> and glossary terms in text ---------- */
  glossaryHint: 'término del glosario: muestra su significado',
  noGlossary: 'la lección no tiene glosario que mostrar',
  noGlossaryFix: 'añade a la lista "glossary" entradas con un campo "term" y un campo "expansion" o "definition"',

  /* ---------- <edu-quiz> ---------- */
  quizOrderHeading: 'Ordena los acontecimientos',
  quizChoiceHeading: 'Preguntas',
  quizOrderHelp:
    'Pon arriba el acontecimiento más antiguo y abajo el más reciente: arrastra un acontecimiento por su asa o usa sus botones Subir y Bajar. Después, comprueba tu orden.',
  quizOrderPrintHelp: 'Numera los acontecimientos del 1 (el más antiguo) al último (el más reciente).',
  quizChoicePrintHelp: 'Marca una casilla en cada pregunta.',
  quizMoveUp: (title: string) => `Subir: ${title}`,
  quizMoveDown: (title: string) => `Bajar: ${title}`,
  quizMoved: (title: string, position: number, total: number) =>
    `${title}: ahora en la posición ${position} de ${total}`,
  quizCheckOrder: 'Comprobar el orden',
  quizCheckAnswers: 'Comprobar respuestas',
  quizShowAnswers: 'Mostrar respuestas',
  quizTryAgain: 'Volver a intentarlo',
  quizResetProgress: 'Borrar el progreso',
  quizSaved: 'Tus respuestas se guardan en este navegador.',
  quizRight: 'Correcto',
  quizWrong: 'Incorrecto',
  quizNotAnswered: 'Sin responder',
  quizRightAnswer: 'Respuesta correcta',
  quizOrderScore: (n: number, m: number) =>
    n === m
      ? `Los ${m} acontecimientos están en el orden correcto.`
      : n === 0
        ? `Ninguno de los ${m} acontecimientos está en el lugar correcto.`
        : plural(
            n,
            `${n} de ${m} acontecimientos está en el lugar correcto.`,
            `${n} de ${m} acontecimientos están en el lugar correcto.`,
          ),
  quizLastOrderScore: (n: number, m: number) => `La última vez: ${n} de ${m} acontecimientos en el lugar correcto.`,
  quizCorrectOrder: 'El orden correcto',
  quizGapLater: (gap: string) => `${gap} después`,
  quizSameTime: 'a la vez, según las fechas: cualquiera de los dos órdenes es correcto',
  quizChoiceScore: (n: number, m: number) => `${n} de ${m} correctas`,
  quizUnanswered: (n: number) => plural(n, `${n} pregunta sin responder`, `${n} preguntas sin responder`),
  quizNothingAnswered: 'Primero elige la respuesta de alguna pregunta.',
  quizAnswersShown: 'Las respuestas correctas están marcadas.',
  quizAnswerKey: 'Soluciones',
  quizNoOrder: 'Esta lección tiene muy pocos acontecimientos con fechas distintas para ordenarlos.',
  quizNoQuestions: 'Esta lección no tiene preguntas.',
  noQuiz: 'la lección no tiene ni dos acontecimientos con fechas distintas que ordenar ni preguntas que responder',
  noQuizFix: 'añade una lista "questions", o al menos dos acontecimientos con fechas distintas',

  /* ---------- <edu-lesson> ---------- */
  glossaryHeading: 'Glosario',
  quizHeading: 'Comprueba lo que sabes',

  /* ---------- problems an element reports about its lesson ---------- */
  noEvents: 'la lección no tiene acontecimientos que mostrar en una línea de tiempo',
  noEventsFix: 'añade a la lista "events" acontecimientos con un campo "date" y un campo "title"',
  noStats: 'la lección no tiene cifras que mostrar',
  noStatsFix: 'añade a la lista "stats" cifras con un campo "value" y un campo "label"',
  noLessonParts:
    'no se puede mostrar nada de la lección: no tiene acontecimientos, cifras, términos del glosario ni preguntas',
  noLessonPartsFix: 'añade "events" con "date" y "title", o bien "stats", "glossary" o "questions"',
  noStat: 'no se ha indicado ninguna cifra',
  noStatFix: 'indica los atributos value y label, o la propiedad stat',
  noData: 'no se han indicado datos de la lección',
  noDataFix:
    'indica un archivo de lección en el atributo src, pon la lección en un <script type="application/json"> dentro del elemento o asigna la propiedad data',
};
export default words;
