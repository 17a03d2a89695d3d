#!/usr/bin/env node
// Writes the framework type files of the package from custom-elements.json, so every element, attribute, property
// and event the manifest lists is typed in React and Vue templates without anyone keeping a second list:
//   dist/react.d.ts   React 19 JSX: `declare module 'react' { namespace JSX { interface IntrinsicElements } }`
//   dist/vue.d.ts     Vue 3.5 templates: `declare module 'vue' { interface GlobalComponents }`, the pattern of Vue's
//                     guide ("Non-Vue Web Components and TypeScript"): `$props` for props, `$emit` for events.
// Types are not copied from the manifest's text: each prop is typed as the element class's own property
// (`EduTimeline['headingLevel']`), and each event as its Event class, both imported from ./index.js, so the files
// cannot drift from the declarations they describe.
//
// Fails (exit 1, listing every gap) when an element lacks what the files need: a class exported from the package's
// index, a type for each property, an attribute without a property it belongs to, an event without a name or an
// exported Event class, or an event whose class the library maps to another name in GlobalEventHandlersEventMap.
//
//   node scripts/framework-types.mjs [--manifest custom-elements.json] [--dist dist]
// Run after `npm run build` (it reads dist/index.d.ts and dist/events/*.d.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { manifest: { type: 'string', default: 'custom-elements.json' }, dist: { type: 'string', default: 'dist' } },
});
const manifestPath = resolve(args.manifest);
const distDir = resolve(args.dist);

const problems = [];
const fail = (message) => problems.push(message);

function readText(path, hint) {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    console.error(
      `framework-types: cannot read ${relative(process.cwd(), path)} (${error.code ?? error.message}); ${hint}`,
    );
    process.exit(1);
  }
}

const manifest = JSON.parse(readText(manifestPath, 'run `npm run build` (or `npm run manifest`) first.'));
const indexDts = readText(join(distDir, 'index.d.ts'), 'run `npm run build` first.');

/** Names the package's index exports (`export { A, type B } from '…'`), classes and types alike. */
const exported = new Set();
for (const [, list] of indexDts.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
  for (const item of list.split(',')) {
    const name = item
      .trim()
      .replace(/^type\s+/, '')
      .split(/\s+as\s+/)
      .pop()
      .trim();
    if (name) exported.add(name);
  }
}

/** `'edu-select': EduSelectEvent` pairs from the library's own GlobalEventHandlersEventMap augmentations. */
const eventMap = new Map();
const eventsDir = join(distDir, 'events');
if (existsSync(eventsDir)) {
  for (const file of readdirSync(eventsDir).filter((f) => f.endsWith('.d.ts'))) {
    const text = readFileSync(join(eventsDir, file), 'utf8');
    for (const block of text.matchAll(/interface\s+GlobalEventHandlersEventMap\s*\{([^}]*)\}/g)) {
      for (const [, name, type] of block[1].matchAll(/['"]([^'"]+)['"]\s*:\s*([A-Za-z_$][\w$]*)/g)) {
        eventMap.set(name, type);
      }
    }
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const PRIMITIVE = /^(string|number|boolean)(\s*\|\s*(null|undefined))*$/;

/** A property key as TypeScript source: bare when it is an identifier, quoted otherwise. */
const key = (name) => (IDENTIFIER.test(name) ? name : `'${name}'`);
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** A JSDoc comment from a manifest description, indented; empty when there is none. */
function doc(text, indent) {
  if (!text || !text.trim()) return '';
  const lines = text.trim().replace(/\*\//g, '*\u200b/').split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/**
 * What the files need of one element, from its manifest declaration:
 *   props:  { name, type, description }, `name` as written in a template (a property, or an attribute that has no
 *           property), `type` as TypeScript source;
 *   attrs:  kebab-case attributes of those properties (`heading-level` for `headingLevel`);
 *   events: { name, type, description }.
 */
function describe(mod, decl) {
  const where = `<${decl.tagName}> (${decl.name}, ${mod.path})`;
  const gaps = [];
  if (!IDENTIFIER.test(decl.name ?? '')) gaps.push('a class name');
  else if (!exported.has(decl.name)) gaps.push(`its class ${decl.name} exported from src/index.ts`);
  const cls = decl.name;

  const props = [];
  const fields = new Map();
  for (const member of decl.members ?? []) {
    if (member.kind !== 'field' || member.static || member.readonly) continue;
    if (member.privacy && member.privacy !== 'public') continue;
    if (member.name.startsWith('#') || member.name.startsWith('_')) continue;
    if (member.inheritedFrom?.package) continue;
    if (!member.type?.text) gaps.push(`a type for property "${member.name}"`);
    fields.set(member.name, member);
    props.push({ name: member.name, type: `${cls}['${member.name}']`, description: member.description });
  }

  const attrs = [];
  for (const attr of decl.attributes ?? []) {
    if (attr.fieldName) {
      const field = fields.get(attr.fieldName);
      if (!field) {
        gaps.push(`a public, writable property "${attr.fieldName}" for attribute "${attr.name}"`);
      } else if (attr.name !== attr.fieldName) {
        attrs.push({
          name: attr.name,
          field: attr.fieldName,
          type: `${cls}['${attr.fieldName}']`,
          description: attr.description,
        });
      }
      continue;
    }
    // An attribute with no property (an element that only reads attributes, like <edu-event>): typed from the
    // manifest, which must then say plainly what it is.
    const type = attr.type?.text?.trim();
    if (!type || !PRIMITIVE.test(type)) {
      gaps.push(`a type (string, number or boolean) for attribute "${attr.name}", which has no property`);
      continue;
    }
    if (fields.has(attr.name) || fields.has(camel(attr.name))) continue;
    attrs.push({ name: attr.name, type, description: attr.description });
  }

  const events = [];
  for (const event of decl.events ?? []) {
    const type = event.type?.text?.trim();
    if (!event.name) {
      gaps.push(`a name for the event dispatched as ${type ? `new ${type}(…)` : 'an untyped event'} (@fires)`);
      continue;
    }
    if (!type) {
      gaps.push(`an Event class for "${event.name}" (\`@fires {EduXEvent} ${event.name} - …\`)`);
      continue;
    }
    if (type !== 'Event' && !exported.has(type)) {
      gaps.push(`its event class ${type} ("${event.name}") exported from src/index.ts`);
      continue;
    }
    const mapped = eventMap.get(event.name);
    if (type !== 'Event' && mapped && mapped !== type) {
      gaps.push(`one class for "${event.name}": the manifest says ${type}, GlobalEventHandlersEventMap says ${mapped}`);
      continue;
    }
    if (events.some((e) => e.name === event.name)) continue;
    events.push({ name: event.name, type, description: event.description });
  }

  if (gaps.length) fail(`${where} lacks:\n  - ${gaps.join('\n  - ')}`);
  return { tag: decl.tagName, cls, summary: decl.summary ?? decl.description ?? '', props, attrs, events };
}

const elements = [];
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (decl.customElement === true && decl.tagName) elements.push(describe(mod, decl));
  }
}
if (elements.length === 0) fail(`${relative(process.cwd(), manifestPath)} lists no custom element with a tag name.`);

if (problems.length) {
  console.error(
    `framework-types: ${problems.length} element(s) cannot be typed for frameworks:\n${problems.join('\n')}`,
  );
  process.exit(1);
}
elements.sort((a, b) => a.tag.localeCompare(b.tag));

const imports = [
  ...new Set(elements.flatMap((e) => [e.cls, ...e.events.map((ev) => ev.type).filter((t) => t !== 'Event')])),
].sort();
const header = (what) =>
  `// Generated by scripts/framework-types.mjs from custom-elements.json: do not edit.\n// ${what}\n`;
const importLine = `import type { ${imports.join(', ')} } from './index.js';\n`;

/* ---------- React 19 ---------- */

function reactProps(el) {
  let out = doc(`Props of \`<${el.tag}>\` in React 19 JSX. ${el.summary}`, '');
  out += `export interface ${el.cls}Props {\n`;
  for (const p of el.props) out += `${doc(p.description, '  ')}  ${key(p.name)}?: ${p.type};\n`;
  for (const a of el.attrs) {
    const text = a.field ? `The attribute of \`${a.field}\`: ${a.description ?? ''}` : a.description;
    out += `${doc(text, '  ')}  ${key(a.name)}?: ${a.type};\n`;
  }
  for (const e of el.events) {
    out += `${doc(`\`${e.name}\`: ${e.description ?? ''}`, '  ')}  ${key(`on${e.name}`)}?: (event: ${e.type}) => void;\n`;
  }
  return `${out}}\n`;
}

const react = `${header(
  "React 19 JSX types for the elements. Include them once: `import type {} from 'edu-timeline/react';` (docs/frameworks.md).",
)}//
// React 19 sets a prop as a property when the element has one (\`data\`, \`headingLevel\`) and as an attribute
// otherwise (\`heading-level\`), so both spellings are typed; the element must be defined (import
// 'edu-timeline/define.js') before React renders it. A prop \`on<event-name>\` adds a listener for exactly that event
// name: \`onedu-select\` listens to \`edu-select\`.
import type { HTMLAttributes, RefAttributes } from 'react';
${importLine}
/** React's HTML props (without the element's own names), \`class\`, \`ref\` and \`children\`, and the element's props. */
export type EduElementProps<El extends HTMLElement, Own> = Omit<HTMLAttributes<El>, keyof Own> &
  RefAttributes<El> & { class?: string } & Own;

${elements.map(reactProps).join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tag}': EduElementProps<${el.cls}, ${el.cls}Props>;`).join('\n')}
    }
  }
}
`;

/* ---------- Vue 3.5 ---------- */

function vueProps(el) {
  let out = doc(`Props of \`<${el.tag}>\` in Vue templates (kebab-case attributes map to them).`, '');
  out += `export interface ${el.cls}VueProps {\n`;
  for (const p of el.props) out += `${doc(p.description, '  ')}  ${key(p.name)}?: ${p.type};\n`;
  // Attributes of a property are the property in Vue's type check (it camelizes `heading-level`); an attribute with
  // no property is typed under its camelized name for the same reason.
  for (const a of el.attrs.filter((x) => !x.field)) {
    out += `${doc(a.description, '  ')}  ${key(camel(a.name))}?: ${a.type};\n`;
  }
  out += '}\n\n';
  out += doc(`Events of \`<${el.tag}>\`, by name.`, '');
  out += `export interface ${el.cls}VueEvents {\n`;
  for (const e of el.events) out += `${doc(e.description, '  ')}  ${key(e.name)}: ${e.type};\n`;
  return `${out}}\n`;
}

const vue = `${header(
  "Vue 3.5 template types for the elements. Include them once: `import type {} from 'edu-timeline/vue';` (docs/frameworks.md).",
)}//
// Vue must know the tags are custom elements (compilerOptions.isCustomElement: (tag) => tag.startsWith('edu-')).
// Bind objects as properties: \`:data.prop="lesson"\` or \`.data="lesson"\`; listen with \`@edu-select="…"\`.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${importLine}
type EduVueEmit<Events> = EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;

/** A custom element as Vue's type check sees a component: \`$props\` for its props, \`$emit\` for its events. */
export type EduVueElement<El extends HTMLElement, Props, Events> = new () => El & {
  /** @deprecated Only for template type checking: the element has no \`$props\`. */
  $props: Omit<HTMLAttributes, keyof Props> & Props & PublicProps;
  /** @deprecated Only for template type checking: the element has no \`$emit\`. */
  $emit: EduVueEmit<Events>;
};

${elements.map(vueProps).join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${elements.map((el) => `    '${el.tag}': EduVueElement<${el.cls}, ${el.cls}VueProps, ${el.cls}VueEvents>;`).join('\n')}
  }
}
`;

writeFileSync(join(distDir, 'react.d.ts'), react);
writeFileSync(join(distDir, 'vue.d.ts'), vue);
const count = (pick) => elements.reduce((n, el) => n + pick(el).length, 0);
console.log(
  `framework-types: ${relative(process.cwd(), join(distDir, 'react.d.ts'))} and vue.d.ts for ${elements.length} elements ` +
    `(${count((e) => e.props)} properties, ${count((e) => e.attrs)} attribute spellings, ${count((e) => e.events)} events).`,
);
