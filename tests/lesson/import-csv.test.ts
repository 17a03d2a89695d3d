import { expect } from '@open-wc/testing';
import { importLesson } from '../../src/lesson/import/index.js';
import { parseLesson } from '../../src/lesson/parse.js';
import { formatProblem } from '../../src/lesson/problems.js';
import {
  convert as convertAs,
  expectProblem,
  expectSameEvents,
  unescapeMarkdown as unescape,
  type Converted,
} from '../helpers/import.js';
import { fetchText, loadSeed, loadSeedText } from '../helpers/lesson.js';

const OWN_URL = '/tests/fixtures/pakistan-small-arms-2024.csv';
const TEMPLATE_URL = '/tests/fixtures/pakistan-small-arms-2024-timelinejs.csv';

/** The TimelineJS template's header row, exactly as Google Sheets gives it. */
const TEMPLATE_HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Alt Text,Type,Group,Background';

const convert = (csv: unknown): Converted => convertAs(csv, 'csv');

/** A sheet in the TimelineJS template: each row gives only the cells it names. */
function template(...rows: Record<string, string>[]): string {
  const columns = TEMPLATE_HEADER.split(',');
  return [TEMPLATE_HEADER, ...rows.map((row) => columns.map((c) => quote(row[c] ?? '')).join(','))].join('\r\n');
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

describe('importLesson(csv): our own columns', () => {
  it('reads the whole default lesson from a spreadsheet, to exactly the same lesson', async () => {
    const { imported, parsed } = convert(await fetchText(OWN_URL));
    expect(imported.problems.map(formatProblem)).to.deep.equal([]);
    expect(parsed.problems.map(formatProblem)).to.deep.equal([]);
    const original = parseLesson(await loadSeedText()).lesson!;
    expect(parsed.lesson).to.deep.equal(original);
  });

  it('converts figures as a spreadsheet shows them: "1,524", "90%"', async () => {
    const { lesson } = convert(await fetchText(OWN_URL));
    const seed = await loadSeed();
    expect(lesson.stats!.map((s) => s.value)).to.deep.equal(seed.stats.map((s) => s.value));
    const rise = lesson.stats!.find((s) => s.id === 'ttp-attacks-rise')!;
    // The sheet leaves format empty and writes 60%: the % sign makes it a percentage.
    expect(rise).to.include({ value: 60, format: 'percent', change: true });
  });

  it('names each item by its spreadsheet row (the header is row 1)', async () => {
    const { imported } = convert(await fetchText(OWN_URL));
    expect(imported.places!.events![0]).to.equal('Row 3');
    expect(imported.places!.eras).to.deep.equal(['Row 11', 'Row 12']);
    expect(imported.places!.glossary![0]).to.equal('Row 25');
    expect(imported.places!.questions![0]).to.equal('Row 35');
  });

  it('lets parseLesson name the row in its own messages', () => {
    const { parsed } = convert('date,title\n2021,Fine\n2022-13,Bad month');
    const problem = parsed.problems.find((p) => p.severity === 'error')!;
    expect(problem.place).to.equal("Row 3 ('Bad month')");
    expect(problem.message).to.contain('month 13');
  });

  it('answers the dates a spreadsheet writes its own way with the date to write, by row', () => {
    // What Excel saves for cells it took for dates: 2022-11 shown as Nov-22, a day in the UK's or the US's order.
    const { parsed } = convert(
      'date,title\n2021,Kabul\nNov-22,Ceasefire ends\n17/06/2024,Conference\n6/17/2024,Same day',
    );
    expect(parsed.lesson!.events.map((e) => e.title)).to.deep.equal(['Kabul']);
    const fixes = parsed.problems.filter((p) => p.path.endsWith('.date')).map((p) => `${p.place}: ${p.fix}`);
    expect(fixes).to.deep.equal([
      "Row 3 ('Ceasefire ends'): write it as 2022-11 (YYYY-MM)",
      "Row 4 ('Conference'): write it as 2024-06-17 (YYYY-MM-DD)",
      "Row 5 ('Same day'): write it as 2024-06-17 (YYYY-MM-DD)",
    ]);
  });

  it('reads every field of an event, with tags and sources split on ; or ,', () => {
    const csv = [
      'type,id,date,end date,display date,title,description,tags,sources,media,media alt,media caption,media credit',
      'event,talks,2024-06-17,2024-06-28,June 2024,Talks,**Big** news,"un, diplomacy",s1;s2,https://example.org/a.jpg,A hall,The hall,Photo: J. Doe',
    ].join('\n');
    expect(convert(csv).lesson.events).to.deep.equal([
      {
        id: 'talks',
        date: '2024-06-17',
        endDate: '2024-06-28',
        displayDate: 'June 2024',
        title: 'Talks',
        description: '**Big** news',
        tags: ['un', 'diplomacy'],
        sources: ['s1', 's2'],
        media: { url: 'https://example.org/a.jpg', alt: 'A hall', caption: 'The hall', credit: 'Photo: J. Doe' },
      },
    ]);
  });

  it('takes the short media column names (alt, caption, credit) too', () => {
    const csv = 'date,title,media,alt,caption,credit\n2021,A,https://example.org/a.jpg,x,y,z';
    expect(convert(csv).lesson.events![0].media).to.deep.equal({
      url: 'https://example.org/a.jpg',
      alt: 'x',
      caption: 'y',
      credit: 'z',
    });
  });

  it('never reads a cell as HTML', () => {
    const { parsed } = convert('date,title,description\n2021,<b>Bold</b>,<img src=x onerror=alert(1)>');
    expect(parsed.lesson!.events[0].title).to.equal('<b>Bold</b>');
    expect(parsed.lesson!.events[0].description).to.equal('<img src=x onerror=alert(1)>');
  });

  it('reads eras from start and end, or from date and end date', () => {
    const csv = 'type,title,start,end,date,end_date\nera,A,2020,2021,,\nera,B,,,2022,2023';
    expect(convert(csv).lesson.eras).to.deep.equal([
      { title: 'A', start: '2020', end: '2021' },
      { title: 'B', start: '2022', end: '2023' },
    ]);
  });

  it('reads stats: numbers, percentages, qualifiers and changes', () => {
    const csv = [
      'type,value,label,format,qualifier,change,unit,period,context,region',
      'stat,"1,524",deaths,,,,,2023,the highest in six years,Pakistan',
      'stat,90%,of deaths,,Over,,,,,',
      'stat,-12,fall,percent,,yes,,,,',
      'stat,2.5,km,,at least,no,kilometer,,,',
      'stat,many,x,,,maybe,,,,',
    ].join('\n');
    const { lesson, parsed } = convert(csv);
    expect(lesson.stats).to.deep.equal([
      { value: 1524, label: 'deaths', period: '2023', context: 'the highest in six years', region: 'Pakistan' },
      { value: 90, label: 'of deaths', format: 'percent', qualifier: 'over' },
      { value: -12, label: 'fall', format: 'percent', change: true },
      { value: 2.5, label: 'km', qualifier: 'at-least', change: false, unit: 'kilometer' },
      { value: 'many', label: 'x', change: 'maybe' } as never,
    ]);
    // What is not a number or a yes/no is passed on, and parseLesson names it.
    expect(parsed.problems.find((p) => p.path === 'stats[4].value')!.place).to.equal("Row 6 ('x')");
    expect(parsed.problems.find((p) => p.path === 'stats[4].change')).to.not.equal(undefined);
  });

  it('reads sources and glossary entries', () => {
    const csv = [
      'type,id,title,publisher,url,date,term,expansion,definition',
      'source,crss-2023,Annual security report,CRSS,https://example.org/r.pdf,2024-05,,,',
      'glossary,,,,,,TTP,Tehreek-i-Taliban Pakistan,A banned militant group.',
      'event,,A,,,2021,,,',
    ].join('\n');
    const { lesson } = convert(csv);
    expect(lesson.sources).to.deep.equal([
      {
        id: 'crss-2023',
        title: 'Annual security report',
        publisher: 'CRSS',
        url: 'https://example.org/r.pdf',
        date: '2024-05',
      },
    ]);
    expect(lesson.glossary).to.deep.equal([
      { term: 'TTP', expansion: 'Tehreek-i-Taliban Pakistan', definition: 'A banned militant group.' },
    ]);
  });

  it('takes the lesson title and summary from a title row, and only from the first', () => {
    const csv = 'type,title,description,lang,date\ntitle,Small arms,What it is about.,en,\ntitle,Again,,,\n,A,,,2021';
    const { lesson, imported } = convert(csv);
    expect(lesson).to.include({ title: 'Small arms', summary: 'What it is about.', lang: 'en' });
    expect(expectProblem(imported.problems, 'there is already a title row (Row 2)', 'warning').place).to.equal(
      "Row 3 ('Again')",
    );
  });

  it('accepts the type in any case and in the plural; an empty type is an event', () => {
    const csv =
      'Type,Title,Date,Start,End,Value,Label\nEVENTS,A,2021,,,,\n,B,2022,,,,\nEras,C,,2020,2021,,\nStats,,,,,5,things';
    const { lesson } = convert(csv);
    expect(lesson.events!.map((e) => e.title)).to.deep.equal(['A', 'B']);
    expect(lesson.eras!.map((e) => e.title)).to.deep.equal(['C']);
    expect(lesson.stats!.map((s) => s.value)).to.deep.equal([5]);
  });

  it('leaves out a row of a type it does not know', () => {
    const { lesson, imported } = convert('type,title,date\nevnt,A,2021\nevent,B,2022');
    expect(lesson.events!.map((e) => e.title)).to.deep.equal(['B']);
    const error = expectProblem(imported.problems, 'the type "evnt" is not one this reader knows', 'error');
    expect(error.place).to.equal("Row 2 ('A')");
  });

  it('reports a filled-in column that a row of its type does not use, once per column and type', () => {
    const csv = 'type,title,date,value,label,media\nstat,,,1,a,x.png\nstat,,,2,b,y.png\nevent,E,2021,,,z.png';
    const { lesson, imported } = convert(csv);
    expect(lesson.stats).to.deep.equal([
      { value: 1, label: 'a' },
      { value: 2, label: 'b' },
    ]);
    expect(lesson.events).to.deep.equal([{ date: '2021', title: 'E', media: { url: 'z.png' } }]);
    expect(expectProblem(imported.problems, 'the media column is not used in stat rows', 'warning').message).to.contain(
      '(Rows 2 and 3)',
    );
  });

  it("reads a stat row's range, currency, tags and linked events", () => {
    const { lesson, parsed } = convert(
      'type,id,date,title,value,max,format,currency,label,tags,events\n' +
        'event,e1,2021,An event,,,,,,,\n' +
        'stat,s1,,,"1,400","1,600",currency,PKR,budget,money; 2023,e1',
    );
    expect(lesson.stats).to.deep.equal([
      {
        id: 's1',
        value: 1400,
        max: 1600,
        label: 'budget',
        format: 'currency',
        currency: 'PKR',
        tags: ['money', '2023'],
        events: ['e1'],
      },
    ]);
    expect(parsed.problems).to.deep.equal([]);
  });

  it('reports each column it does not know, with the likely intended name', () => {
    const { imported } = convert('date,title,descripton,colour\n2021,A,x,red');
    expect(expectProblem(imported.problems, 'the column "descripton" is not one', 'warning').fix).to.equal(
      'did you mean "description"?',
    );
    expect(expectProblem(imported.problems, 'the column "colour" is not one', 'warning').fix).to.match(
      /^the columns are: type, id, date, endDate/,
    );
  });

  it('reads only the first of two columns with the same name, and says so', () => {
    const { lesson, imported } = convert('date,title,Title\n2021,A,B');
    expect(lesson.events![0].title).to.equal('A');
    expectProblem(imported.problems, 'the column "Title" is there twice', 'warning');
  });

  it('reads question rows, with the choices in one cell split on | or on line breaks (Alt+Enter)', () => {
    const csv = [
      'type,id,date,title,prompt,choices,answer,explanation,event,stat,value,label',
      'event,ceasefire,2022-11,The TTP ends its ceasefire,,,,,,,,',
      'stat,deaths,,,,,,,,,"1,524",deaths',
      'question,how-many,,,How many deaths?,"789 | 1,463 |1,524","1,524",The CRSS counted them.,,deaths,,',
      'Quiz,,,,When did it end?,"November 2021\r\n November 2022 \nMarch 2024; or later\n",November 2022,,ceasefire,,,',
    ].join('\n');
    const { lesson, imported, parsed } = convert(csv);
    expect(lesson.questions).to.deep.equal([
      {
        id: 'how-many',
        prompt: 'How many deaths?',
        choices: ['789', '1,463', '1,524'],
        answer: '1,524',
        explanation: 'The CRSS counted them.',
        stat: 'deaths',
      },
      {
        prompt: 'When did it end?',
        choices: ['November 2021', 'November 2022', 'March 2024; or later'],
        answer: 'November 2022',
        event: 'ceasefire',
      },
    ]);
    expect(imported.places!.questions).to.deep.equal(['Row 4', 'Row 5']);
    expect(parsed.problems.map(formatProblem)).to.deep.equal([]);
    expect(parsed.lesson!.questions.map((q) => q.answer)).to.deep.equal([2, 1]);
  });

  it('accepts question, questions and quiz as the type of a question row', () => {
    const csv = 'type,prompt,choices,answer\nquestion,A?,x | y,x\nQuestions,B?,x | y,x\nQUIZ,C?,x | y,x';
    expect(convert(csv).lesson.questions!.map((q) => q.prompt)).to.deep.equal(['A?', 'B?', 'C?']);
  });

  it('takes the title column as the prompt and description as the explanation of a question row', () => {
    const csv = 'type,title,description,choices,answer,date\nevent,A,,,,2021\nquestion,Which?,Because.,x | y,y,';
    expect(convert(csv).lesson.questions).to.deep.equal([
      { prompt: 'Which?', choices: ['x', 'y'], answer: 'y', explanation: 'Because.' },
    ]);
    const named = convert('type,question,choices,answer\nquestion,Which?,x | y,y');
    expect(named.lesson.questions![0].prompt).to.equal('Which?');
  });

  it('reads choices one per column, choice 1 to choice 8, after those of the choices cell', () => {
    const csv = 'type,prompt,choice 1,Choice_2,choices,CHOICE 8,answer\nquestion,Which?,b,c,a,d,c';
    expect(convert(csv).lesson.questions![0].choices).to.deep.equal(['a', 'b', 'c', 'd']);
    // A question has 8 answers at most: a ninth column is left out, with a warning.
    const { imported } = convert('type,prompt,choice 9\nquestion,Which?,x');
    expect(expectProblem(imported.problems, 'the column "choice 9" is not one', 'warning').fix).to.equal(
      'did you mean "choices"?',
    );
  });

  it('lets parseLesson name the row of a question whose answer is not among its choices', () => {
    const csv = [
      'type,date,title,prompt,choices,answer',
      'event,2021,A,,,',
      'question,,,When did the TTP end its ceasefire with the government?,2021 | 2022,2023',
      'question,,Which year?,,2021 | 2022,2022',
    ].join('\n');
    const { parsed } = convert(csv);
    const error = expectProblem(parsed.problems, 'the answer "2023" is not one of the choices', 'error');
    expect(error.place).to.equal("Row 3 ('When did the TTP end its ceasefire with …')");
    expect(error.path).to.equal('questions[0].answer');
    expect(parsed.lesson!.questions.map((q) => q.prompt)).to.deep.equal(['Which year?']);
    // A question whose prompt is in the title column is named by it too.
    const titled = convert('type,date,title,choices,answer\nevent,2021,A,,\nquestion,,Which year?,2021,2021');
    expect(expectProblem(titled.parsed.problems, 'needs 2 to 8 different answers', 'error').place).to.equal(
      "Row 3 ('Which year?')",
    );
  });

  it('reports the columns of a question row as it does for other rows', () => {
    const csv = 'type,title,date,prompt,choises,answer,tags\nevent,A,2021,,,,\nquestion,,2022,Which?,x | y,x,un';
    const { lesson, imported } = convert(csv);
    expect(lesson.questions).to.deep.equal([{ prompt: 'Which?', answer: 'x' }]);
    expect(expectProblem(imported.problems, 'the column "choises" is not one', 'warning').fix).to.equal(
      'did you mean "choices"?',
    );
    const unused = expectProblem(imported.problems, 'the date column is not used in question rows', 'warning');
    expect(unused.message).to.match(/\(Row 3\)$/);
    expect(unused.fix).to.match(/^a question row uses: id, prompt, choices, answer, explanation, event, stat/);
    expectProblem(imported.problems, 'the tags column is not used in question rows', 'warning');
    const misspelt = convert('type,prompt,choices,answer\nquestoin,When did it end?,x | y,x');
    const error = expectProblem(
      misspelt.imported.problems,
      'the type "questoin" is not one this reader knows',
      'error',
    );
    expect(error.place).to.equal("Row 2 ('When did it end?')");
    expect(error.fix).to.contain('question');
  });

  it('refuses a sheet whose first row names no column it knows', () => {
    const { imported } = convert('2021,The Taliban take Kabul\n2022,Ceasefire ends');
    expectProblem(imported.problems, 'the first row should name the columns', 'error');
  });
});

describe('importLesson(csv): the sheet itself', () => {
  it('reads semicolons (Excel in most of Europe), with its numbers', () => {
    const csv = 'type;value;label;title;date\nstat;1.524;deaths;;\nstat;2,5;km;;\nevent;;;A, B and C;2021';
    const { lesson } = convert(csv);
    expect(lesson.stats!.map((s) => s.value)).to.deep.equal([1524, 2.5]);
    expect(lesson.events![0].title).to.equal('A, B and C');
  });

  it('reads questions from a sheet with semicolons, keeping the choices as written', () => {
    const csv =
      'type;value;label;prompt;choices;answer\nstat;1.524;deaths;;;\nquestion;;;How many?;789 | 1,463 | 1.524;1.524';
    const { lesson, parsed } = convert(csv);
    expect(lesson.stats!.map((s) => s.value)).to.deep.equal([1524]);
    expect(lesson.questions).to.deep.equal([
      { prompt: 'How many?', choices: ['789', '1,463', '1.524'], answer: '1.524' },
    ]);
    expect(parsed.problems).to.deep.equal([]);
  });

  it('reads tabs', () => {
    expect(convert('date\ttitle\tdescription\n2021\tA\tOne, two').lesson.events).to.deep.equal([
      { date: '2021', title: 'A', description: 'One, two' },
    ]);
  });

  it('skips a byte order mark, empty rows, and white space around cells', () => {
    const { lesson, imported } = convert('\uFEFFdate,title\r\n\r\n 2021 , A \r\n,\r\n2022,B\r\n\r\n');
    expect(lesson.events).to.deep.equal([
      { date: '2021', title: 'A' },
      { date: '2022', title: 'B' },
    ]);
    expect(imported.places!.events).to.deep.equal(['Row 3', 'Row 5']);
  });

  it('matches column names without case, spaces, underscores or hyphens', () => {
    const csv = 'DATE,End_Date,display date,TITLE,Media-Alt,media\n2021,2022,c. 2021,A,x,https://example.org/a.jpg';
    expect(convert(csv).lesson.events).to.deep.equal([
      {
        date: '2021',
        endDate: '2022',
        displayDate: 'c. 2021',
        title: 'A',
        media: { url: 'https://example.org/a.jpg', alt: 'x' },
      },
    ]);
  });

  it('keeps line breaks and quotes inside quoted cells', () => {
    const { lesson } = convert('date,title,description\n2021,"The ""big"" one","Line one\nline two"');
    expect(lesson.events![0]).to.include({ title: 'The "big" one', description: 'Line one\nline two' });
  });

  it('reports a quote that is never closed, with its row and line', () => {
    const { lesson, imported } = convert('date,title\n2021,A\n2022,"B\n2023,C\n');
    expect(lesson.events!.map((e) => e.title)).to.deep.equal(['A']);
    const error = expectProblem(imported.problems, 'that is never closed', 'error');
    expect(error.place).to.equal('Row 3');
    expect(error.message).to.contain('(line 3 of the file)');
  });

  it('reports a quote inside a quoted cell that is not doubled', () => {
    const { lesson, imported } = convert('date,title\n2021,"The "big" one"\n2022,B');
    expect(lesson.events!.map((e) => e.title)).to.deep.equal(['B']);
    expect(expectProblem(imported.problems, 'that is not doubled', 'error').place).to.equal('Row 2');
  });

  it('leaves out a row with more cells than column names, and reads a row with fewer', () => {
    const { lesson, imported } = convert('date,title,description\n2021,Kabul, Afghanistan,falls\n2022,B\n2023,C,,,');
    expect(lesson.events).to.deep.equal([
      { date: '2022', title: 'B' },
      { date: '2023', title: 'C' },
    ]);
    const error = expectProblem(imported.problems, 'the row has 4 cells but there are 3 column names', 'error');
    expect(error.place).to.equal('Row 2');
  });

  it('reports cells under a column with no name', () => {
    const { imported } = convert('date,,title\n2021,x,A');
    expectProblem(imported.problems, 'cells in column 2, which has no name, were left out (Row 2)', 'warning');
  });

  it('says so when the sheet is empty, or has no rows', () => {
    expectProblem(convert('').imported.problems, 'the spreadsheet is empty', 'error');
    expectProblem(convert('\n\n').imported.problems, 'the spreadsheet is empty', 'error');
    expectProblem(convert('date,title\n').imported.problems, 'no rows under them', 'error');
  });

  it('refuses anything that is not text', () => {
    expectProblem(convert({ events: [] }).imported.problems, 'must be given as CSV text', 'error');
  });

  it('never throws, whatever it is given', () => {
    const weird = ['"', '""', ',,,', ';\t,', '"a\n', 'type\n"', 'a,b\n"x"y"', 'Year,Headline\n,', '\uFEFF', '\0,\0'];
    for (const input of weird) {
      expect(() => parseLesson(importLesson(input, 'csv').input), JSON.stringify(input)).to.not.throw();
    }
  });
});

describe('importLesson(csv): the TimelineJS template', () => {
  it('reads the default lesson written in the template into a valid lesson with no problem', async () => {
    const { imported, parsed } = convert(await fetchText(TEMPLATE_URL));
    expect(imported.problems.map(formatProblem)).to.deep.equal([]);
    expect(parsed.problems.map(formatProblem)).to.deep.equal([]);
  });

  it('keeps the title row, every event (date, display date, headline, text, group) and the eras', async () => {
    const { lesson, imported } = convert(await fetchText(TEMPLATE_URL));
    const seed = await loadSeed();
    expect(lesson.title).to.equal(seed.title);
    expect(unescape(lesson.summary)).to.equal(seed.summary);
    expect(lesson.events!.length).to.equal(seed.events.length);
    expectSameEvents(lesson.events!, seed.events);
    expect(lesson.eras).to.deep.equal(seed.eras.map(({ title, start, end }) => ({ title, start, end })));
    expect(imported.places!.events![0]).to.equal('Row 3');
    expect(imported.places!.eras).to.deep.equal(['Row 11', 'Row 12']);
  });

  it('keeps the media of a row: Media, Alt Text, Media Caption, Media Credit', async () => {
    const { lesson } = convert(await fetchText(TEMPLATE_URL));
    expect(lesson.events![7].media).to.deep.equal({
      url: 'https://example.org/images/un-headquarters-new-york.jpg',
      alt: 'The UN Headquarters building in New York',
      caption: 'UN Headquarters in New York, where the review conference was held',
      credit: 'Example image for the importer tests',
    });
  });

  it('reads dates at the precision given, month names and times included', () => {
    const dates = convert(
      template(
        { Year: '2022', Headline: 'Year' },
        { Year: '2022', Month: 'November', Headline: 'Month name' },
        { Year: '2022', Month: 'Sept.', Day: '5', Headline: 'Short month name' },
        { Year: '2022', Month: '11', Day: '28', Time: '14:30', Headline: '24-hour time' },
        { Year: '2022', Month: '11', Day: '28', Time: '2:05 PM', Headline: 'PM' },
        { Year: '2022', Month: '11', Day: '28', Time: '12 am', Headline: 'Midnight' },
        { Year: '2022', Month: '11', Day: '28', Time: '9', Headline: 'Hour only' },
        { Year: '-500', Headline: 'BCE' },
        { Year: '1,999', Headline: 'Grouped digits' },
      ),
    ).lesson.events!.map((e) => e.date);
    expect(dates).to.deep.equal([
      '2022',
      '2022-11',
      '2022-09-05',
      '2022-11-28T14:30',
      '2022-11-28T14:05',
      '2022-11-28T00:00',
      '2022-11-28T09:00',
      '-0499',
      '1999',
    ]);
  });

  it('reads end dates and the display date', () => {
    const [event] = convert(
      template({
        Year: '2024',
        Month: '6',
        Day: '17',
        'End Year': '2024',
        'End Month': '6',
        'End Day': '28',
        'End Time': '18:00',
        'Display Date': 'During the conference',
        Headline: 'Conference',
      }),
    ).lesson.events!;
    expect(event).to.include({ date: '2024-06-17', endDate: '2024-06-28T18:00', displayDate: 'During the conference' });
  });

  it('drops seconds in Time, and reports them', () => {
    const { lesson, imported } = convert(
      template({ Year: '2024', Month: '6', Day: '17', Time: '10:30:15', Headline: 'A' }),
    );
    expect(lesson.events![0].date).to.equal('2024-06-17T10:30');
    expectProblem(imported.problems, 'seconds in the Time column were left out', 'warning');
  });

  it('reads the old template’s Start Date and End Date (YYYY-MM-DD or M/D/YYYY)', () => {
    const csv = [
      'Start Date,End Date,Headline,Text,Tag',
      '2024-06-17,6/28/2024,Conference,<p>Talks</p>,un',
      '11/2022,,Month and year,,',
      '17/6/2024 10:30,,Day first,,',
      '-500,,BCE,,',
    ].join('\n');
    const { lesson } = convert(csv);
    expect(lesson.events!.map((e) => [e.date, e.endDate])).to.deep.equal([
      ['2024-06-17', '2024-06-28'],
      ['2022-11', undefined],
      ['2024-06-17T10:30', undefined],
      ['-0499', undefined],
    ]);
    expect(lesson.events![0]).to.include({ title: 'Conference', description: 'Talks' });
    expect(lesson.events![0].tags).to.deep.equal(['un']);
  });

  it('leaves out a row without a year, or with a month or year it cannot read', () => {
    const { lesson, imported } = convert(
      template(
        { Headline: 'No year' },
        { Year: '2021', Month: 'Brumaire', Headline: 'Odd month' },
        { Year: 'MMXXI', Headline: 'Roman' },
        { Year: '2021', Day: 'first', Headline: 'Odd day' },
        { Year: '2021', Headline: 'Fine' },
      ),
    );
    expect(lesson.events!.map((e) => e.title)).to.deep.equal(['Fine']);
    expect(expectProblem(imported.problems, 'there is no Year', 'error').place).to.equal("Row 2 ('No year')");
    expectProblem(imported.problems, 'the Month "Brumaire" is not a month', 'error');
    expectProblem(imported.problems, 'the Year "MMXXI" is not a year', 'error');
    expectProblem(imported.problems, 'the Day "first" is not a day', 'error');
    expect(imported.places!.events).to.deep.equal(['Row 6']);
  });

  it('keeps the date of a row whose time it cannot read, with a warning', () => {
    const { lesson, imported } = convert(template({ Year: '2021', Month: '3', Day: '1', Time: 'noon', Headline: 'A' }));
    expect(lesson.events![0].date).to.equal('2021-03-01');
    expectProblem(imported.problems, 'the Time "noon" is not a time', 'warning');
  });

  it('reads Type: title (the first only, as TimelineJS does), era, and anything else as an event', () => {
    const { lesson, imported } = convert(
      template(
        { Type: 'Title', Headline: 'The lesson', Text: '<p>About <em>it</em>.</p>' },
        { Type: 'title', Year: '2020', Headline: 'Second title' },
        { Type: 'era', Year: '2020', 'End Year': '2022', Headline: 'An era' },
        { Type: 'slide', Year: '2021', Headline: 'An event' },
      ),
    );
    expect(lesson.title).to.equal('The lesson');
    expect(lesson.summary).to.equal('About *it*.');
    expect(lesson.events!.map((e) => e.title)).to.deep.equal(['Second title', 'An event']);
    expect(lesson.eras).to.deep.equal([{ title: 'An era', start: '2020', end: '2022' }]);
    expectProblem(imported.problems, 'there is already a title row', 'warning');
  });

  it('reads Headline and Text as HTML, as TimelineJS does with its template: reduced, never markup', () => {
    const { lesson, imported } = convert(
      template({ Year: '2021', Headline: '<b>Kabul</b> &amp; after', Text: '<p>One</p><p><img src="x.jpg">Two</p>' }),
    );
    expect(lesson.events![0]).to.include({ title: 'Kabul & after', description: 'One\n\nTwo' });
    expectProblem(imported.problems, 'images inside the text cannot be shown', 'warning');
  });

  it('makes Group, or the old Tag, a tag', () => {
    const group = convert(template({ Year: '2021', Headline: 'A', Group: 'Diplomacy' })).lesson.events![0];
    expect(group.tags).to.deep.equal(['Diplomacy']);
    const tag = convert('Year,Headline,Tag\n2021,A,ttp').lesson.events![0];
    expect(tag.tags).to.deep.equal(['ttp']);
  });

  it('reports Background, Media Thumbnail and missing Alt Text once each, naming the rows', () => {
    const image = { Media: 'https://example.org/a.jpg', 'Media Caption': 'The hall' };
    const { lesson, imported } = convert(
      template(
        {
          Year: '2021',
          Headline: 'A',
          Background: '#102030',
          ...image,
          'Media Thumbnail': 'https://example.org/t.jpg',
        },
        { Year: '2022', Headline: 'B', Background: 'https://example.org/bg.jpg', ...image },
      ),
    );
    expect(lesson.events![0].media).to.deep.equal({
      url: 'https://example.org/a.jpg',
      alt: 'The hall',
      caption: 'The hall',
    });
    expect(
      expectProblem(imported.problems, 'background images and colours (the Background column)', 'warning').message,
    ).to.contain('(Rows 2 and 3)');
    expect(expectProblem(imported.problems, 'thumbnails (the Media Thumbnail column)', 'warning').message).to.match(
      /\(Row 2\)$/,
    );
    expectProblem(imported.problems, 'images without the Alt Text column were given their caption', 'warning');
  });

  it('shows a video or map in Media as a link', () => {
    const { lesson } = convert(
      template({ Year: '2021', Headline: 'A', Media: 'https://vimeo.com/123', 'Media Caption': 'The film' }),
    );
    expect(lesson.events![0].description).to.equal('[The film](https://vimeo.com/123)');
  });

  it('reports template columns it does not know, suggesting the template’s names', () => {
    const { imported } = convert('Year,Headline,Tex,Sources\n2021,A,x,y');
    expect(expectProblem(imported.problems, 'the column "Tex" is not one', 'warning').fix).to.equal(
      'did you mean "Text"?',
    );
    expect(expectProblem(imported.problems, 'the column "Sources" is not one', 'warning').fix).to.match(
      /^the columns are: Year, Month, Day, Time/,
    );
  });

  it('reads the template with semicolons, in any case of its column names', () => {
    const { lesson } = convert('YEAR;month;headline;TEXT;media_caption\n2021;3;A;<p>Hello</p>;x');
    expect(lesson.events).to.deep.equal([{ date: '2021-03', title: 'A', description: 'Hello' }]);
  });
});
