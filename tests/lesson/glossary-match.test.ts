/**
 * Finding glossary terms in text (issue #6, point 2): whole words in any script, case as the term asks, plurals,
 * the longest of overlapping terms, first use only, and terms that are not plain words.
 */
import { expect } from '@open-wc/testing';
import { findTerms, termMatcher, termSlug } from '../../src/lesson/glossary-match.js';
import { LONG_GLOSSARY_TEXT } from '../helpers/hostile-inputs.js';
import type { GlossaryEntry } from '../../src/lesson/types.js';

const SEED: GlossaryEntry[] = ['TTP', 'UN', 'UNSC', 'PoA', 'SALW', 'ITI', 'UAV', 'KP', 'CTD', 'CRSS'].map((term) => ({
  term,
}));

/** The words found in `text`, as written there (each term once: its first use). */
function found(text: string, glossary: GlossaryEntry[] = SEED): string[] {
  return findTerms(text, termMatcher(glossary)).map((m) => text.slice(m.start, m.end));
}

/** The terms (as the glossary writes them) found in `text`. */
function terms(text: string, glossary: GlossaryEntry[] = SEED): string[] {
  return findTerms(text, termMatcher(glossary)).map((m) => m.entry.term);
}

describe('findTerms: whole words only', () => {
  it('finds a term between spaces', () => {
    expect(found('attacks by the TTP in 2023')).to.deep.equal(['TTP']);
  });

  it('finds terms at the very start and the very end of the text', () => {
    expect(found('TTP attacks rose, says the UN')).to.deep.equal(['TTP', 'UN']);
    expect(found('UN')).to.deep.equal(['UN']);
  });

  it('finds terms next to punctuation: brackets, commas, quotes, full stops, hyphens, apostrophes', () => {
    expect(found('Tehreek-i-Taliban Pakistan (TTP), the KP-based groups, “UAV”. The UN’s plan')).to.deep.equal([
      'TTP',
      'KP',
      'UAV',
      'UN',
    ]);
  });

  it('never inside a longer word: "UN" is not in "UNSC", "unmanned", "FUN", "UNited"', () => {
    expect(terms('unmanned FUN UNited')).to.deep.equal([]);
    expect(terms('the UNSC met')).to.deep.equal(['UNSC']);
  });

  it('never inside a longer word: "KP" is not in "KPK", nor "TTP" in "TTPs2" or "xTTP"', () => {
    expect(found('KPK and xTTP and TTPs2')).to.deep.equal([]);
  });

  it('never next to a digit or an underscore', () => {
    expect(found('UN2 2UN UN_ _UN')).to.deep.equal([]);
  });

  it('word boundaries in other scripts: not glued to an Urdu or an accented letter', () => {
    expect(found('ٹیTTP éUN KPé')).to.deep.equal([]);
  });
});

describe('findTerms: case', () => {
  it('a term with capitals matches only as written', () => {
    expect(found('the un and the Un and the ttp')).to.deep.equal([]);
    expect(found('The PoA and the POA')).to.deep.equal(['PoA']);
  });

  it('an all-lowercase term matches in any case', () => {
    const glossary = [{ term: 'ceasefire' }];
    expect(found('The Ceasefire ended', glossary)).to.deep.equal(['Ceasefire']);
    expect(found('A CEASEFIRE', glossary)).to.deep.equal(['CEASEFIRE']);
  });

  it('an all-lowercase term with accents matches in any case', () => {
    expect(found('ÉTAT et état', [{ term: 'état' }])).to.deep.equal(['ÉTAT']);
  });
});

describe('findTerms: plurals', () => {
  it('a plural "s" belongs to the word: UAVs, CTDs', () => {
    expect(found('unmanned aerial vehicles (UAVs) and counter-terrorism departments (CTDs)')).to.deep.equal([
      'UAVs',
      'CTDs',
    ]);
  });

  it('only a lowercase "s", and only one', () => {
    expect(found('UAVS and UAVss')).to.deep.equal([]);
  });

  it('plural of a lowercase term', () => {
    expect(terms('Two militants', [{ term: 'militant' }])).to.deep.equal(['militant']);
  });
});

describe('findTerms: overlaps and first use', () => {
  it('the longest term wins where two start at the same place', () => {
    const glossary = [{ term: 'UN' }, { term: 'UN Security Council' }];
    expect(found('The UN Security Council and the UN', glossary)).to.deep.equal(['UN Security Council', 'UN']);
  });

  it('the order of the glossary does not matter for that', () => {
    const glossary = [{ term: 'UN Security Council' }, { term: 'UN' }];
    expect(found('The UN Security Council', glossary)).to.deep.equal(['UN Security Council']);
  });

  it('a term with spaces matches across a line break or several spaces', () => {
    expect(found('the small  arms\ttrade', [{ term: 'small arms' }])).to.deep.equal(['small  arms']);
  });

  it('only the first use of each term', () => {
    const text = 'TTP, TTP and the UN; the UN again, and TTP';
    expect(found(text)).to.deep.equal(['TTP', 'UN']);
    expect(findTerms(text, termMatcher(SEED)).map((m) => m.start)).to.deep.equal([0, 17]);
  });

  it('a shared "seen" set carries over from one text to the next (a label, then a context)', () => {
    const matcher = termMatcher(SEED);
    const seen = new Set<GlossaryEntry>();
    expect(findTerms('attacks in KP', matcher, seen).length).to.equal(1);
    expect(findTerms('KP and the TTP', matcher, seen).map((m) => m.entry.term)).to.deep.equal(['TTP']);
  });
});

describe('findTerms: other scripts and right-to-left text', () => {
  const urdu = [{ term: 'ٹی ٹی پی', expansion: 'تحریک طالبان پاکستان' }, { term: 'اقوامِ متحدہ' }];

  it('finds an Urdu term in Urdu text', () => {
    expect(found('ٹی ٹی پی نے جنگ بندی ختم کر دی', urdu)).to.deep.equal(['ٹی ٹی پی']);
  });

  it('not inside a longer Urdu word (letters joined to it)', () => {
    expect(found('پاکستانی اقوامِ متحدہی', urdu)).to.deep.equal([]);
  });

  it('a Latin abbreviation inside Urdu text', () => {
    expect(found('پاکستان نے UNSC سے اپیل کی، TTP کے خلاف')).to.deep.equal(['UNSC', 'TTP']);
  });

  it('Arabic: after a comma and before a full stop', () => {
    expect(found('قالت الأمم المتحدة، الأمم المتحدة.', [{ term: 'الأمم المتحدة' }])).to.deep.equal(['الأمم المتحدة']);
  });

  it('Arabic letters with diacritics (marks) are part of the word', () => {
    // A fatha after the last letter is part of that word, so "كتب" alone is not there.
    expect(found('كتبَ', [{ term: 'كتب' }])).to.deep.equal([]);
  });

  it('text with bidi controls around a term', () => {
    expect(found('\u2067TTP\u2069 حملے')).to.deep.equal(['TTP']);
  });
});

describe('findTerms: terms that are not plain words', () => {
  it('regular-expression characters in a term are taken as written', () => {
    const glossary = [{ term: 'C++' }, { term: 'U.S.' }, { term: '(a|b)*' }];
    expect(found('C++ and CXX, the U.S. and UxSx, (a|b)* but not aaa', glossary)).to.deep.equal([
      'C++',
      'U.S.',
      '(a|b)*',
    ]);
  });

  it('markup in a term is only text to find', () => {
    const glossary = [{ term: '<img src=x onerror=alert(1)>' }];
    expect(found('see <img src=x onerror=alert(1)> here', glossary)).to.deep.equal(['<img src=x onerror=alert(1)>']);
  });

  it('a term with an emoji or another astral character', () => {
    expect(found('the 🕊️ dove', [{ term: '🕊️' }])).to.deep.equal(['🕊️']);
  });
});

describe('termMatcher: bad glossaries', () => {
  it('no glossary, an empty one, or one with no usable term: nothing is found, nothing throws', () => {
    expect(termMatcher(undefined)).to.equal(null);
    expect(termMatcher([])).to.equal(null);
    const bad = [{ term: '' }, { term: '   ' }, null, 42, { term: 7 }] as unknown as GlossaryEntry[];
    expect(termMatcher(bad)).to.equal(null);
    expect(findTerms('anything', termMatcher(bad))).to.deep.equal([]);
    expect(termMatcher('TTP' as unknown as GlossaryEntry[])).to.equal(null);
  });

  it('the first of two entries with the same term wins', () => {
    const glossary = [
      { term: 'TTP', expansion: 'first' },
      { term: 'TTP', expansion: 'second' },
    ];
    expect(findTerms('TTP', termMatcher(glossary))[0].entry.expansion).to.equal('first');
  });

  it('is built once per glossary', () => {
    expect(termMatcher(SEED)).to.equal(termMatcher(SEED));
  });

  it('an empty text', () => {
    expect(found('')).to.deep.equal([]);
  });

  // Timed by `npm run bench:input`; a matcher that turned quadratic would run into the test's timeout.
  it('a long text: each term found once, at its first place', function () {
    this.timeout(10_000);
    expect(found(LONG_GLOSSARY_TEXT)).to.deep.equal(['UNSC', 'UN']);
  });
});

describe('termSlug', () => {
  it('lower case, other characters as one "-"', () => {
    expect(termSlug('TTP')).to.equal('ttp');
    expect(termSlug('UN Security Council')).to.equal('un-security-council');
    expect(termSlug('U.S.')).to.equal('u-s');
    expect(termSlug('ٹی ٹی پی')).to.equal('ٹی-ٹی-پی');
    expect(termSlug('***')).to.equal('term');
  });
});
