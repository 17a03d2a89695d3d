/**
 * docs/data-format.md stays true (issue #4, point 8): its field tables name exactly the schema's fields, its table
 * of problems holds every kind of bad input the tests produce, with its path and message, every spreadsheet
 * column it documents is one the CSV reader knows, and its examples of lessons written in HTML read as they say.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { importLesson } from '../../src/lesson/import/index.js';
import type { Lesson } from '../../src/lesson/types.js';
import { badLessons } from '../helpers/bad-lessons.js';

interface SchemaObject {
  properties?: Record<string, unknown>;
}
interface Schema extends SchemaObject {
  $defs: Record<string, SchemaObject>;
}

/** The doc's sections: the text under each `## ` or `### ` heading, up to the next heading of any level. */
function sections(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = markdown.split(/^(#{2,3} .+)$/m);
  for (let i = 1; i < parts.length; i += 2) out.set(parts[i].replace(/^#+ /, '').trim(), parts[i + 1]);
  return out;
}

/** The rows of the first table in a section, as arrays of trimmed cells (the header and the rule left out). */
function firstTable(section: string): string[][] {
  const lines = section.split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) {
    rows.push(
      lines[i]
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** The names written in code in a cell: "`media` (also `mediaUrl`)" gives ["media", "mediaUrl"]. */
const codeNames = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

describe('docs/data-format.md', () => {
  let doc: Map<string, string>;
  let schema: Schema;

  before(async () => {
    doc = sections(await (await fetch('/docs/data-format.md')).text());
    schema = (await (await fetch('/data/lesson.schema.json')).json()) as Schema;
  });

  const OBJECTS: [heading: string, schemaObject: (s: Schema) => SchemaObject][] = [
    ['Lesson', (s) => s],
    ['Event', (s) => s.$defs.event],
    ['Media', (s) => s.$defs.media],
    ['Era', (s) => s.$defs.era],
    ['Stat', (s) => s.$defs.stat],
    ['Source', (s) => s.$defs.source],
    ['Glossary entry', (s) => s.$defs.glossaryEntry],
    ['Question', (s) => s.$defs.question],
  ];

  for (const [heading, pick] of OBJECTS) {
    it(`"${heading}" documents exactly the schema's fields, each with an example`, () => {
      const section = doc.get(heading);
      expect(section, `a "## ${heading}" section`).to.be.a('string');
      const rows = firstTable(section!);
      const documented = rows.map((r) => codeNames(r[0])[0]);
      expect(documented).to.have.members(Object.keys(pick(schema).properties ?? {}));
      for (const row of rows) expect(row.at(-1), `an example for ${row[0]}`).to.not.equal('');
    });
  }

  it('every object of the schema has its section', () => {
    const covered = new Set(['event', 'media', 'era', 'stat', 'source', 'glossaryEntry', 'question']);
    const objects = Object.entries(schema.$defs)
      .filter(([, def]) => def.properties)
      .map(([name]) => name);
    expect(objects).to.have.members([...covered]);
  });

  it('the table of problems holds every bad input the tests check, with its path and message', () => {
    const rows = firstTable(doc.get('Problems and what they mean')!);
    for (const bad of badLessons) {
      const path = bad.path === '' ? '(file)' : bad.path;
      const row = rows.find((r) => codeNames(r[2])[0] === path && matches(r[3], bad.message));
      expect(row, `a row for "${bad.name}" at ${path} saying ${String(bad.message)}`).to.not.equal(undefined);
      expect(row![1]).to.equal(bad.severity);
    }
  });

  it('every spreadsheet column it documents is one the CSV reader knows', () => {
    const ours = firstTable(doc.get('Columns by row type')!).flatMap((r) => codeNames(r[0]));
    const template = firstTable(doc.get('The TimelineJS template')!)
      .flatMap((r) => codeNames(r[0]))
      .filter((name) => !['Start Date', 'End Date', 'Tag'].includes(name));
    expect(ours.length).to.be.above(20);
    expect(template.length).to.be.above(15);
    for (const [columns, row] of [
      [ours, 'event'],
      [template, '2021'],
    ] as const) {
      const sheet = `${columns.join(',')}\n${columns.map(() => row).join(',')}`;
      const unknown = importLesson(sheet, 'csv').problems.filter((p) =>
        p.message.includes('not one this reader knows'),
      );
      expect(unknown.map((p) => p.message)).to.deep.equal([]);
    }
  });
  it('every example of "Writing a lesson in HTML" is read as written, with no problem of its own', async () => {
    const section = doc.get('Writing a lesson in HTML') ?? '';
    const blocks = [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length, 'two examples').to.equal(2);
    const box = document.createElement('div');
    const problems: string[] = [];
    let loaded = 0;
    box.addEventListener('edu-load', (e) => {
      loaded++;
      const { localName } = e.target as Element;
      for (const p of e.detail.problems) {
        problems.push(`${localName} ${p.path}: ${p.message}`);
      }
    });
    // Parsed as a page holds it, the image pointing at a file that is there.
    box.innerHTML = blocks.join('\n').replace('images/un-hall.jpg', '/docs/images/builder/error.png');
    document.body.append(box);
    try {
      const elements = [...box.children] as (HTMLElement & { lesson: Lesson | null })[];
      expect(elements.map((el) => el.localName)).to.deep.equal([
        'edu-timeline',
        'edu-stat-grid',
        'edu-quiz',
        'edu-glossary',
      ]);
      await waitUntil(() => loaded === elements.length, 'every example read', { timeout: 5000 });
      const [timeline, grid, quiz, glossary] = elements.map((el) => el.lesson!);
      expect(timeline.events.map((e) => e.title)).to.deep.equal([
        'The TTP ends its ceasefire with the government',
        'Pakistan calls for a “concerted campaign”',
      ]);
      expect(grid.stats.map((st) => st.label)).to.deep.equal([
        'violence-related deaths',
        'of deaths in KP and Balochistan',
      ]);
      expect(quiz.questions.map((q) => [q.prompt, q.choices[q.answer]])).to.deep.equal([
        ['When did the TTP end its ceasefire with the government?', 'November 2022'],
      ]);
      expect(glossary.glossary).to.deep.equal([
        {
          term: 'TTP',
          expansion: 'Tehreek-i-Taliban Pakistan',
          definition: 'A banned militant group that carries out attacks in Pakistan.',
        },
      ]);
      // The quiz names an event of the timeline's example, which is another element: that one warning is expected.
      expect(problems).to.deep.equal([
        'edu-quiz questions[0].event: there is no event with the id "ttp-ceasefire-ends"',
      ]);
    } finally {
      box.remove();
    }
  });
});

function matches(text: string, expected: string | RegExp): boolean {
  const plain = text.replace(/\\\|/g, '|');
  return typeof expected === 'string' ? plain.includes(expected) : expected.test(plain);
}
