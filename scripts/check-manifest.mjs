#!/usr/bin/env node
// Fails (exit 1, listing each gap) unless custom-elements.json documents the public API completely:
// - every custom element (customElement: true with a tagName) has a summary or a description;
// - every attribute, public field, event, slot, CSS part and CSS custom property on it has a description;
// - the elements the package promises are all there.
// The manifest comes from `cem analyze --litelement` (npm run manifest). Docs and Storybook read it, so a gap here
// is a gap in what teachers and page authors see.
//
//   node scripts/check-manifest.mjs [path/to/custom-elements.json]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const EXPECTED_TAGS = [
  'edu-timeline',
  'edu-event',
  'edu-era',
  'edu-question',
  'edu-stat-card',
  'edu-stat-grid',
  'edu-lesson',
  'edu-glossary',
  'edu-quiz',
];
const MIN_ELEMENTS = 4;

const file = resolve(process.argv[2] ?? 'custom-elements.json');
let manifest;
try {
  manifest = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`check-manifest: cannot read ${file} (${error.code ?? error.message}); run \`npm run manifest\`.`);
  process.exit(1);
}

const hasText = (value) => typeof value === 'string' && value.trim() !== '';
const problems = [];

const elements = [];
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (decl.customElement === true && hasText(decl.tagName)) elements.push({ mod, decl });
  }
}

for (const { mod, decl } of elements) {
  const where = `<${decl.tagName}> (${decl.name}, ${mod.path})`;
  const missing = [];

  if (!hasText(decl.summary) && !hasText(decl.description)) {
    missing.push('a summary or description (JSDoc text or @summary on the class)');
  }

  for (const attr of decl.attributes ?? []) {
    if (!hasText(attr.description)) missing.push(`attribute "${attr.name}"`);
  }

  for (const member of decl.members ?? []) {
    if (member.kind !== 'field') continue;
    if (member.privacy && member.privacy !== 'public') continue;
    if (member.name.startsWith('#')) continue;
    // Inherited from a package (Lit itself): documented there, not ours to describe.
    if (member.inheritedFrom?.package) continue;
    if (!hasText(member.description)) missing.push(`${member.static ? 'static ' : ''}field "${member.name}"`);
  }

  const events = decl.events ?? [];
  for (const event of events) {
    if (hasText(event.name)) {
      if (!hasText(event.description)) missing.push(`event "${event.name}" (add \`@fires ${event.name} - …\`)`);
      continue;
    }
    // `dispatchEvent(new EduSelectEvent(…))` gives the analyzer a type but no name. Fine when the class JSDoc has
    // `@fires {EduSelectEvent} edu-select - …`, which names and describes the same event.
    const type = event.type?.text;
    const named = events.some((e) => hasText(e.name) && hasText(e.description) && e.type?.text === type);
    if (!named) {
      missing.push(
        `an event dispatched as ${type ? `\`new ${type}(…)\`` : 'an unnamed event'} (add \`@fires {${type ?? 'Type'}} edu-… - …\`)`,
      );
    }
  }

  for (const slot of decl.slots ?? []) {
    if (!hasText(slot.description)) missing.push(`slot ${hasText(slot.name) ? `"${slot.name}"` : '(default)'}`);
  }
  for (const part of decl.cssParts ?? []) {
    if (!hasText(part.description)) missing.push(`CSS part "${part.name}"`);
  }
  for (const prop of decl.cssProperties ?? []) {
    if (!hasText(prop.description)) missing.push(`CSS custom property "${prop.name}"`);
  }

  if (missing.length)
    problems.push(`${where} needs a description for:\n${missing.map((m) => `    - ${m}`).join('\n')}`);
}

const tags = new Set(elements.map(({ decl }) => decl.tagName));
const absent = EXPECTED_TAGS.filter((t) => !tags.has(t));
if (absent.length) {
  problems.push(`expected element(s) not in the manifest: ${absent.map((t) => `<${t}>`).join(', ')}`);
}
if (elements.length < MIN_ELEMENTS) {
  problems.push(
    `only ${elements.length} custom element(s) found (at least ${MIN_ELEMENTS} expected); ` +
      'does each class have `@tag edu-…` or a customElements.define in src/components/<name>/edu-<name>.ts?',
  );
}

if (problems.length) {
  console.error(`check-manifest: ${file}\n`);
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(`\ncheck-manifest: ${problems.length} problem(s).`);
  process.exit(1);
}
console.log(`check-manifest: ${elements.length} custom elements fully documented (${[...tags].sort().join(', ')}).`);
