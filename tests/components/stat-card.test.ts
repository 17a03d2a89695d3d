import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EduStatCard } from '../../src/components/stat-card/stat-card.js';
import type { Source, StatInput } from '../../src/lesson/types.js';
import {
  alertOf,
  catchPageErrors,
  EventLog,
  expectWcag22TargetSize,
  loadSeed,
  part,
  settle,
  shownProblems,
  showsProblem,
  text,
} from '../helpers/lesson.js';

const NNBSP = '\u202f';

/** The figure and the label as rendered. */
function figure(el: EduStatCard): { value: string; label: string } {
  return { value: text(part(el, 'value')), label: text(part(el, 'label')) };
}

describe('<edu-stat-card>: accessibility', function () {
  // The first check loads axe-core into the page.
  this.timeout(20_000);

  it('a full card passes axe', async () => {
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card
        value="1524"
        label="violence-related deaths"
        period="2023"
        context="the highest in six years"
        region="Pakistan"
        source="CRSS annual security report 2023"
      ></edu-stat-card>`,
    );
    await expect(el).to.be.accessible();
  });

  it('passes WCAG 2.2 target size (axe target-size enabled), with a linked source', async () => {
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card
        .stat=${{ value: 1524, label: 'violence-related deaths', sources: ['crss'] }}
        .sources=${[{ id: 'crss', title: 'CRSS annual security report', url: 'https://example.org/crss' }]}
      ></edu-stat-card>`,
    );
    expect(part(el, 'source')!.querySelector('a')).to.not.equal(null);
    await expectWcag22TargetSize(el);
  });

  it('the problems panel passes axe', async () => {
    const el = await fixture<EduStatCard>(html`<edu-stat-card value="1,524"></edu-stat-card>`);
    expect(alertOf(el)).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<edu-stat-card>: defaults and attributes', () => {
  it('has documented defaults', async () => {
    const el = await fixture<EduStatCard>(html`<edu-stat-card></edu-stat-card>`);
    expect([
      el.value,
      el.label,
      el.format,
      el.qualifier,
      el.unit,
      el.period,
      el.context,
      el.region,
      el.source,
    ]).to.deep.equal(Array(9).fill(null));
    expect(el.change).to.equal(false);
    expect(el.stat).to.equal(undefined);
    expect(el.sources).to.deep.equal([]);
  });

  it('renders value="1524" as "1,524" with its label, period, context, region and source', async () => {
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card
        value="1524"
        label="violence-related deaths"
        period="2023"
        context="the highest in six years"
        region="Pakistan"
        source="CRSS annual security report 2023"
      ></edu-stat-card>`,
    );
    expect(figure(el)).to.deep.equal({ value: '1,524', label: 'violence-related deaths' });
    expect(text(part(el, 'period'))).to.equal('2023');
    expect(text(part(el, 'context'))).to.equal('the highest in six years');
    expect(text(part(el, 'region'))).to.equal('Pakistan');
    expect(text(part(el, 'source'))).to.equal('Source: CRSS annual security report 2023');
    expect(alertOf(el)).to.equal(null);
  });

  it('source-url makes the source line a link; an address that is not http(s) stays text, with a warning', async () => {
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card
        value="1524"
        label="violence-related deaths"
        source="CRSS annual security report 2023"
        source-url="https://example.org/crss-2023"
      ></edu-stat-card>`,
    );
    const link = part(el, 'source')!.querySelector('a')!;
    expect([text(link), link.getAttribute('href')]).to.deep.equal([
      'CRSS annual security report 2023',
      'https://example.org/crss-2023',
    ]);
    expect(alertOf(el)).to.equal(null);
    el.sourceUrl = 'javascript:alert(1)';
    await el.updateComplete;
    expect(part(el, 'source')!.querySelector('a')).to.equal(null);
    expect(text(part(el, 'source'))).to.equal('Source: CRSS annual security report 2023');
    expect(showsProblem(el, 'source-url', 'is not an http(s) address, so the source is not a link')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a source-url without a source is said, not dropped in silence', async () => {
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card value="1524" label="deaths" source-url="https://example.org/crss-2023"></edu-stat-card>`,
    );
    expect(figure(el)).to.deep.equal({ value: '1,524', label: 'deaths' });
    expect(part(el, 'source')).to.equal(null);
    expect(showsProblem(el, 'source-url', 'is given without source="…", so no source is shown')).to.equal(true);
  });

  it('leaves out the parts it has no data for', async () => {
    const el = await fixture<EduStatCard>(html`<edu-stat-card value="789" label="attacks"></edu-stat-card>`);
    expect(figure(el)).to.deep.equal({ value: '789', label: 'attacks' });
    for (const name of ['period', 'context', 'region', 'source', 'error']) expect(part(el, name), name).to.equal(null);
  });

  it('value and label are one paragraph, read as one sentence', async () => {
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card value="1524" label="violence-related deaths"></edu-stat-card>`,
    );
    const value = part(el, 'value')!;
    const label = part(el, 'label')!;
    const p = value.closest('p');
    expect(p, 'the value is inside a <p>').to.not.equal(null);
    expect(label.closest('p')).to.equal(p);
    expect(text(p)).to.equal('1,524 violence-related deaths');
    // Nothing in between makes a screen reader stop: no heading, no list, no second block of text.
    expect(p!.querySelectorAll('h1, h2, h3, h4, h5, h6, p, ul, ol, div').length).to.equal(0);
  });

  it('updates when an attribute changes', async () => {
    const el = await fixture<EduStatCard>(html`<edu-stat-card value="1524" label="deaths"></edu-stat-card>`);
    el.setAttribute('value', '1463');
    el.setAttribute('label', 'injuries');
    await el.updateComplete;
    expect(figure(el)).to.deep.equal({ value: '1,463', label: 'injuries' });
  });
});

describe('<edu-stat-card>: number formats', () => {
  const cases: {
    name: string;
    attrs: Partial<Record<'format' | 'qualifier' | 'unit', string>> & { change?: boolean };
    value: string;
    expected: string;
  }[] = [
    { name: 'format percent', attrs: { format: 'percent' }, value: '90', expected: '90%' },
    { name: 'qualifier over', attrs: { format: 'percent', qualifier: 'over' }, value: '90', expected: 'over 90%' },
    { name: 'a plain percentage', attrs: { format: 'percent' }, value: '84', expected: '84%' },
    { name: 'a change', attrs: { format: 'percent', change: true }, value: '60', expected: '+60%' },
    { name: 'a fall', attrs: { format: 'percent', change: true }, value: '-3.5', expected: '-3.5%' },
    { name: 'about a number', attrs: { qualifier: 'about' }, value: '1500', expected: 'about 1,500' },
    { name: 'at least', attrs: { qualifier: 'at-least' }, value: '12', expected: 'at least 12' },
    { name: 'an Intl unit', attrs: { unit: 'kilometer' }, value: '12', expected: '12 km' },
    { name: 'a word as unit', attrs: { unit: 'attacks' }, value: '789', expected: '789 attacks' },
    { name: 'a decimal', attrs: {}, value: '1524.5', expected: '1,524.5' },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.value} → "${c.expected}"`, async () => {
      const log = new EventLog();
      const el = document.createElement('edu-stat-card');
      el.setAttribute('value', c.value);
      el.setAttribute('label', 'x');
      for (const name of ['format', 'qualifier', 'unit'] as const) {
        const v = c.attrs[name];
        if (v !== undefined) el.setAttribute(name, v);
      }
      if (c.attrs.change) el.setAttribute('change', '');
      await fixture(el);
      expect(text(part(el, 'value'))).to.equal(c.expected);
      expect(alertOf(el)).to.equal(null);
      await settle();
      expect(log.count('edu-error'), 'a valid figure fires no edu-error').to.equal(0);
    });
  }

  it('lang="fr" groups thousands the French way (narrow no-break space)', async () => {
    const el = await fixture<EduStatCard>(html`<edu-stat-card lang="fr" value="1524" label="morts"></edu-stat-card>`);
    const value = text(part(el, 'value'));
    expect(value).to.equal(new Intl.NumberFormat('fr').format(1524));
    expect(value).to.match(/^1\s524$/u);
    expect(value).to.equal(`1${NNBSP}524`);
  });

  it('lang="ar-EG" uses Arabic-Indic digits', async () => {
    const el = await fixture<EduStatCard>(html`<edu-stat-card lang="ar-EG" value="1524" label="x"></edu-stat-card>`);
    const value = text(part(el, 'value'));
    expect(value).to.equal(new Intl.NumberFormat('ar-EG').format(1524));
    expect(value).to.match(/^[\u0660-\u0669]\u066c[\u0660-\u0669]{3}$/u);
    expect(value).to.not.match(/[0-9]/);
  });

  it('takes the language of an ancestor when it has none', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <edu-stat-card value="90" format="percent" label="x"></edu-stat-card>
      </div>`,
    );
    const el = wrapper.querySelector('edu-stat-card')!;
    await el.updateComplete;
    expect(text(part(el, 'value'))).to.equal(new Intl.NumberFormat('fr', { style: 'percent' }).format(0.9));
    expect(text(part(el, 'value'))).to.match(/^90\s%$/u);
  });

  it('a malformed lang falls back to English instead of throwing', async () => {
    const page = catchPageErrors();
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card lang="not a language" value="1524" label="x"></edu-stat-card>`,
    );
    expect(text(part(el, 'value'))).to.equal('1,524');
    await settle();
    expect(page.errors).to.deep.equal([]);
  });
});

describe('<edu-stat-card>: the stat property', () => {
  it('wins over the attributes', async () => {
    const stat: StatInput = { value: 1524, label: 'violence-related deaths', period: '2023', region: 'Pakistan' };
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card
        value="1"
        label="from an attribute"
        format="percent"
        period="1999"
        .stat=${stat}
      ></edu-stat-card>`,
    );
    expect(figure(el)).to.deep.equal({ value: '1,524', label: 'violence-related deaths' });
    expect(text(part(el, 'period'))).to.equal('2023');
    expect(text(part(el, 'region'))).to.equal('Pakistan');
  });

  it('shows the sources it cites from the sources property, as links when they have an http(s) url', async () => {
    const sources: Source[] = [
      { id: 'crss', title: 'Annual security report', publisher: 'CRSS', url: 'https://example.org/crss' },
      { id: 'other', title: 'Not cited' },
    ];
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card
        .stat=${{ value: 1524, label: 'deaths', sources: ['crss'] }}
        .sources=${sources}
      ></edu-stat-card>`,
    );
    const source = part(el, 'source')!;
    expect(text(source)).to.match(/^Source: /);
    expect(text(source)).to.contain('Annual security report');
    expect(text(source)).to.contain('CRSS');
    expect(text(source)).to.not.contain('Not cited');
    const link = source.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/crss');
    expect(text(link)).to.equal('Annual security report');
  });

  // The `sources` property is public: its urls are checked as a lesson file's are (src/lesson/url.ts).
  it('a javascript: url given through the sources property is not linked', async () => {
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card
        .stat=${{ value: 1524, label: 'deaths', sources: ['bad'] }}
        .sources=${[{ id: 'bad', title: 'Bad link', url: 'javascript:alert(1)' }]}
      ></edu-stat-card>`,
    );
    expect(text(part(el, 'source'))).to.contain('Bad link');
    const hrefs = [...el.shadowRoot!.querySelectorAll('[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h ?? ''))).to.deep.equal([]);
  });

  it('a stat that is not an object is an error naming `stat`', async () => {
    const log = new EventLog();
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card .stat=${'1524' as unknown as StatInput}></edu-stat-card>`,
    );
    expect(showsProblem(el, 'stat', 'must be an object')).to.equal(true);
    await settle();
    expect(log.count('edu-error')).to.equal(1);
  });

  it("the default lesson's stats render as the article gives them", async () => {
    const seed = await loadSeed();
    const values: string[] = [];
    for (const stat of seed.stats) {
      const el = await fixture<EduStatCard>(html`<edu-stat-card .stat=${stat}></edu-stat-card>`);
      expect(text(part(el, 'label'))).to.equal(stat.label);
      values.push(text(part(el, 'value')));
    }
    expect(values).to.deep.equal(['1,524', '1,463', '789', 'over 90%', '84%', '+60%']);
  });

  it('label text from data stays text', async () => {
    const XSS = '<img src=x onerror="window.__xss=1">';
    const el = await fixture<EduStatCard>(
      html`<edu-stat-card .stat=${{ value: 1, label: XSS, context: XSS }}></edu-stat-card>`,
    );
    expect(part(el, 'label')!.textContent).to.equal(XSS);
    expect(part(el, 'context')!.textContent).to.equal(XSS);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await settle();
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });
});

describe('<edu-stat-card>: bad input', () => {
  const cases: {
    name: string;
    attrs: Record<string, string>;
    path: string;
    message: string;
    fix?: string;
    /** An attribute change that makes the card valid. */
    repair: [string, string];
  }[] = [
    {
      name: 'a value with a thousands comma',
      attrs: { value: '1,524', label: 'deaths' },
      path: 'value',
      message: 'is text, not a number',
      fix: '1524',
      repair: ['value', '1524'],
    },
    {
      name: 'a value that is not a number at all',
      attrs: { value: 'many', label: 'deaths' },
      path: 'value',
      message: 'must be a number',
      repair: ['value', '12'],
    },
    {
      name: 'a missing value',
      attrs: { label: 'deaths' },
      path: 'value',
      message: '"value" is missing',
      repair: ['value', '12'],
    },
    {
      name: 'a missing label',
      attrs: { value: '1524' },
      path: 'label',
      message: '"label" is missing',
      repair: ['label', 'deaths'],
    },
    {
      name: 'format="percentage"',
      attrs: { value: '90', label: 'x', format: 'percentage' },
      path: 'format',
      message: 'not one of the choices',
      fix: '"percent"',
      repair: ['format', 'percent'],
    },
    {
      name: 'an unknown qualifier',
      attrs: { value: '90', label: 'x', qualifier: 'more than' },
      path: 'qualifier',
      message: 'not one of the choices',
      fix: '"over"',
      repair: ['qualifier', 'over'],
    },
  ];

  for (const c of cases) {
    it(`${c.name}: an alert naming ${c.path}, edu-error once, cleared when fixed`, async () => {
      const page = catchPageErrors();
      const log = new EventLog();
      const el = document.createElement('edu-stat-card');
      for (const [name, value] of Object.entries(c.attrs)) el.setAttribute(name, value);
      await fixture(el);

      const alert = alertOf(el);
      expect(alert, 'a [role=alert][part~=error] panel').to.not.equal(null);
      expect(showsProblem(el, c.path, c.message), JSON.stringify(shownProblems(el))).to.equal(true);
      expect(part(el, 'value'), 'no figure is shown rather than a wrong one').to.equal(null);
      if (c.fix) expect(text(alert)).to.contain(c.fix);

      await settle();
      expect(log.count('edu-error')).to.equal(1);
      const { detail } = log.of('edu-error')[0];
      expect(detail.fatal).to.equal(true);
      const problem = detail.problems.find((p) => p.path === c.path && p.message.includes(c.message));
      expect(problem, JSON.stringify(detail.problems)).to.not.equal(undefined);
      expect(problem!.severity).to.equal('error');
      if (c.fix) expect(problem!.fix).to.contain(c.fix);
      expect(log.of('edu-error')[0].target).to.equal(el);
      expect(log.of('edu-error')[0].composed, 'reaches the page from inside a shadow root').to.equal(true);

      // Another change that leaves the same problem does not report it again.
      el.setAttribute('context', 'something else');
      await el.updateComplete;
      await settle();
      expect(log.count('edu-error')).to.equal(1);

      el.setAttribute(...c.repair);
      await el.updateComplete;
      expect(alertOf(el), 'the alert is gone').to.equal(null);
      expect(part(el, 'value')).to.not.equal(null);
      await settle();
      expect(log.count('edu-error'), 'no edu-error for a valid card').to.equal(1);
      expect(page.errors).to.deep.equal([]);
    });
  }

  it('the exact fix for value="1,524" is to write 1524', async () => {
    const el = await fixture<EduStatCard>(html`<edu-stat-card value="1,524" label="deaths"></edu-stat-card>`);
    const line = shownProblems(el).find((p) => p.path === 'value')!.line;
    expect(line).to.match(/"1,524" is text, not a number; .*: 1524$/);
  });

  it('breaking a valid card reports it once, and breaking it differently reports again', async () => {
    const log = new EventLog();
    const el = await fixture<EduStatCard>(html`<edu-stat-card value="1524" label="deaths"></edu-stat-card>`);
    await settle();
    expect(log.count('edu-error')).to.equal(0);
    el.setAttribute('format', 'percentage');
    await el.updateComplete;
    await settle();
    expect(log.count('edu-error')).to.equal(1);
    el.removeAttribute('label');
    await el.updateComplete;
    await settle();
    expect(log.count('edu-error')).to.equal(2);
    expect(log.of('edu-error')[1].detail.problems.map((p) => p.path)).to.include.members(['format', 'label']);
  });
});
