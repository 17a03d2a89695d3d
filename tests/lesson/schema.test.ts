import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { parseLesson } from '../../src/lesson/parse.js';
import { badLessons } from '../helpers/bad-lessons.js';

/*
 * data/lesson.schema.json (for editors and other tools) and parseLesson (for the elements) must say the same thing
 * of the same file. Where only the parser can see a fault (a citation of a missing source, an end before its start),
 * the case says so.
 */
describe('lesson.schema.json agrees with parseLesson', () => {
  let validator: Validator;

  before(async () => {
    const schema = (await (await fetch('/data/lesson.schema.json')).json()) as Record<string, unknown>;
    validator = new Validator(schema, '2020-12', false);
  });

  it('accepts the default lesson, as the parser does', async () => {
    const lesson = (await (await fetch('/data/pakistan-small-arms-2024.json')).json()) as unknown;
    const result = validator.validate(lesson);
    expect(result.errors.map((e) => `${e.instanceLocation}: ${e.error}`)).to.deep.equal([]);
    expect(parseLesson(lesson).problems).to.deep.equal([]);
  });

  for (const bad of badLessons.filter((b) => b.schema !== 'not-json')) {
    it(`${bad.name}: schema says ${bad.schema}, parser reports it`, () => {
      const result = validator.validate(bad.input);
      expect(result.valid ? 'valid' : 'invalid').to.equal(bad.schema);
      expect(parseLesson(bad.input).problems.length).to.be.greaterThan(0);
    });
  }

  it('names in the schema exactly the fields the parser reads', async () => {
    const schema = (await (await fetch('/data/lesson.schema.json')).json()) as {
      properties: Record<string, unknown>;
      $defs: Record<string, { properties?: Record<string, unknown> }>;
    };
    // A field the parser reads but the schema lacks would be flagged by editors; one the schema has but the parser
    // ignores would be silently dropped. Probe each: an unknown field gives a warning naming it.
    const probe = (obj: Record<string, unknown>) =>
      parseLesson(obj).problems.filter((p) => p.message.includes('has no field'));
    const top = Object.keys(schema.properties).filter((k) => k !== '$schema');
    const lesson: Record<string, unknown> = { events: [{ date: '2021', title: 'A' }] };
    for (const key of top)
      if (!(key in lesson))
        lesson[key] = key === 'lang' ? 'en' : key === 'title' || key === 'summary' || key === 'id' ? 'x' : [];
    expect(probe(lesson)).to.deep.equal([]);
  });
});
