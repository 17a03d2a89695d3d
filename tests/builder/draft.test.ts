import { expect } from '@open-wc/testing';
import { fromValue, toValue } from '../../builder/src/builder.js';
import {
  addItem,
  formatPath,
  getAt,
  insertItem,
  moveItem,
  parsePath,
  removeItem,
  setAt,
  type Draft,
} from '../../builder/src/draft.js';
import { labelOf } from '../../builder/src/fields.js';
import { fieldId, formTargets, ProblemMap, targetOf } from '../../builder/src/problem-map.js';
import { parseLesson } from '../../src/lesson/parse.js';

describe('the builder’s lesson model', () => {
  describe('paths', () => {
    it('reads and writes the paths parseLesson names problems by', () => {
      expect(parsePath('events[2].media.url')).to.deep.equal(['events', 2, 'media', 'url']);
      expect(parsePath('stats[0].series[1].value')).to.deep.equal(['stats', 0, 'series', 1, 'value']);
      expect(formatPath(['questions', 0, 'choices', 1])).to.equal('questions[0].choices[1]');
      expect(formatPath(parsePath('lang'))).to.equal('lang');
    });

    it('makes a field id from a path, the same for the form and the summary', () => {
      expect(fieldId('events[2].date')).to.equal('f-events-2-date');
      expect(fieldId('questions[0].choices[1]')).to.equal('f-questions-0-choices-1');
      expect(fieldId('lang')).to.equal('f-lang');
    });
  });

  describe('edits', () => {
    it('sets a field, creating what leads to it, and removes a field set to nothing', () => {
      const draft: Draft = { events: [{}] };
      setAt(draft, 'events[0].media.url', 'https://example.org/a.png');
      expect(draft).to.deep.equal({ events: [{ media: { url: 'https://example.org/a.png' } }] });
      setAt(draft, 'events[0].media.url', undefined);
      // The emptied picture goes, the event stays.
      expect(draft).to.deep.equal({ events: [{}] });
      setAt(draft, 'title', 'x');
      setAt(draft, 'title', undefined);
      expect(draft).to.not.have.property('title');
      expect(getAt(draft, 'events[0]')).to.deep.equal({});
      expect(getAt(draft, 'events[3].title')).to.equal(undefined);
    });

    it('adds, removes, puts back and moves items', () => {
      const draft: Draft = { events: ['a', 'b', 'c'] };
      expect(addItem(draft, 'events', 'd')).to.equal(3);
      expect(removeItem(draft, 'events', 1)).to.equal('b');
      expect(draft.events).to.deep.equal(['a', 'c', 'd']);
      expect(insertItem(draft, 'events', 1, 'b')).to.equal(1);
      expect(moveItem(draft, 'events', 0, 1)).to.equal(1);
      expect(draft.events).to.deep.equal(['b', 'a', 'c', 'd']);
      expect(moveItem(draft, 'events', 0, -1), 'the first cannot go up').to.equal(0);
      expect(moveItem(draft, 'events', 3, 1), 'the last cannot go down').to.equal(3);
      expect(insertItem(draft, 'events', 99, 'z')).to.equal(4);
      // A list that is not a list (from a file) is replaced by one when an item is added.
      const odd: Draft = { stats: { not: 'a list' } };
      addItem(odd, 'stats', {});
      expect(odd.stats).to.deep.equal([{}]);
    });

    it('turns typed text into the lesson’s values, and back', () => {
      expect(toValue('', 'text')).to.equal(undefined);
      expect(toValue('  ', 'date')).to.equal(undefined);
      expect(toValue('1524', 'number')).to.equal(1524);
      expect(toValue('-12.5', 'number')).to.equal(-12.5);
      // Kept as typed for parseLesson to explain.
      expect(toValue('1,524', 'number')).to.equal('1,524');
      expect(toValue('90%', 'number')).to.equal('90%');
      expect(toValue('ttp, violence, ', 'words')).to.deep.equal(['ttp', 'violence']);
      expect(toValue(' , ', 'words')).to.equal(undefined);
      expect(fromValue(['ttp', 'violence'], 'words')).to.equal('ttp, violence');
      expect(fromValue(2021, 'date')).to.equal('2021');
      expect(fromValue(undefined, 'text')).to.equal('');
      expect(fromValue({ a: 1 }, 'text')).to.equal('{"a":1}');
    });
  });

  describe('where problems are shown', () => {
    const lesson: Draft = {
      lang: 'en',
      events: [
        { date: '2022-11-31', title: 'A', descripton: 'typo' },
        { date: '2022-11', title: 'B', tags: 'ttp', media: { url: 'https://x.org/a.png' } },
      ],
      stats: [{ value: 5, label: 'things', series: [{ period: '2022' }] }],
      questions: [{ prompt: 'Q?', choices: ['a', ''], answer: 'c' }],
      titel: 'a typo at the top',
    };
    const map = new ProblemMap(parseLesson(lesson).problems, lesson);
    const at = (target: string) => map.at(target).map((p) => p.message);

    it('puts each problem next to its field, or in the nearest group, item or list', () => {
      expect(at('events[0].date')).to.deep.equal(['the date 2022-11-31 does not exist (that month has 30 days)']);
      expect(at('events[1].tags')).to.deep.equal(['must be a list, but it is the text "ttp"']);
      expect(at('events[1].media.alt')).to.deep.equal(['"alt" is missing']);
      expect(at('stats[0].series[0].value')).to.deep.equal(['"value" is missing']);
      expect(at('questions[0].choices[1]')).to.deep.equal(['must be a non-empty text, but it is the text ""']);
      expect(at('questions[0].answer')).to.deep.equal(['the answer "c" is not one of the choices']);
      // A field the form has no place for goes to the item.
      expect(at('events[0]')).to.deep.equal(['an event has no field "descripton", so it is ignored']);
      // One at the top of the lesson the form does not show: the summary only.
      expect(at('')).to.deep.equal(['the lesson has no field "titel", so it is ignored']);
      // parseLesson's closing line of each item left out ("this event was left out; fix the problems above") is not
      // shown: the form says once that a part with a problem is left out, and that line would count a mistake twice.
      const problems = parseLesson(lesson).problems;
      const closing = problems.filter((p) => / was left out$/.test(p.message));
      expect(closing.map((p) => p.path)).to.deep.equal(['events[0]', 'questions[0]']);
      expect(map.all.length).to.equal(problems.length - closing.length);
      expect(map.all.some((p) => / was left out$/.test(p.message))).to.equal(false);
    });

    it('counts the problems inside an item for its header, and offers to remove unknown fields', () => {
      expect(map.within('events[0]').length).to.equal(2);
      expect(map.within('events[1]').length).to.equal(2);
      expect(map.within('events[2]').length).to.equal(0);
      expect(map.at('events[0]').find((p) => p.unknownField)?.unknownField).to.equal('descripton');
      expect(map.at('').find((p) => p.unknownField)?.unknownField).to.equal('titel');
      expect(map.errors + map.warnings).to.equal(map.all.length);
    });

    it('finds the nearest place of the form for any path', () => {
      const targets = formTargets(lesson);
      expect(targetOf('events[0].sources[3]', targets)).to.equal('events[0].sources');
      expect(targetOf('events[7].date', targets)).to.equal('events');
      expect(targetOf('events[1].media', targets)).to.equal('events[1].media');
      expect(targetOf('src', targets)).to.equal('');
      expect(targets.has('questions[0].choices[1]')).to.equal(true);
    });

    it('names the field of a path for the summary', () => {
      expect(labelOf('events[0].date')).to.equal('Date');
      expect(labelOf('events[0].media.alt')).to.equal('What the picture shows');
      expect(labelOf('questions[1].choices[2]')).to.equal('Answer 3');
      expect(labelOf('stats[0].series[1].value')).to.equal('The figure over time (a small chart), point 2, figure');
      expect(labelOf('lang')).to.equal('Language');
      expect(labelOf('events[0]')).to.equal(undefined);
    });
  });
});
