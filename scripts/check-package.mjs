// What a user of `npm install edu-timeline` gets, checked on the packed tarball itself (not on the working tree):
//   1. its contents: only what we mean to ship (dist/, the schema, the default lesson, the manifest, README, package.json),
//      no tests, stories, sources or source maps, and every element entry point with its type declarations;
//   2. publint (package.json fields against the files: exports, types, sideEffects…), strict: warnings fail;
//   3. @arethetypeswrong/cli, ESM-only profile (the package is ES modules; CommonJS `require` is not offered):
//      every export resolves to JavaScript and to types for Node 16+ ESM and for bundlers, each element's entry too
//      (`edu-timeline/components/timeline/edu-timeline.js`, and without `.js`) and the default lesson's file;
//   4. every unpkg.com address of the package in the repository (docs, builder, schema, tests) names the release
//      line of package.json's version (`edu-timeline@0.1/…` for 0.1.x): a teacher's page keeps getting fixes, never a
//      release that may change what it shows, and a version bump that forgets an address fails here.
// Run after `npm run build` (dist/ and custom-elements.json must exist). Exits 1 with every problem listed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const problems = [];
const dir = mkdtempSync(join(tmpdir(), 'edu-timeline-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

try {
  const [pack] = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const tarball = join(dir, pack.filename);
  const files = pack.files.map((f) => f.path);

  // 1. Contents.
  const allowed = [
    /^dist\/.+\.(js|d\.ts)$/,
    /^data\/lesson\.schema\.json$/,
    /^data\/pakistan-small-arms-2024\.json$/,
    /^custom-elements\.json$/,
    /^README\.md$/,
    /^LICEN[CS]E(\.md)?$/,
    /^package\.json$/,
  ];
  for (const file of files) {
    if (!allowed.some((pattern) => pattern.test(file))) problems.push(`packed but not meant to ship: ${file}`);
  }
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
  for (const tag of tags) {
    const name = tag.replace(/^edu-/, '');
    for (const ext of ['js', 'd.ts']) {
      const entry = `dist/components/${name}/${tag}.${ext}`;
      if (!files.includes(entry)) problems.push(`<${tag}>: ${entry} is not in the package`);
    }
    // Its entry of the per-element build, for a <script type="module"> that registers only it.
    if (!files.includes(`dist/cdn/${tag}.js`)) problems.push(`<${tag}>: dist/cdn/${tag}.js is not in the package`);
  }
  for (const entry of [
    'dist/edu-timeline.bundle.js',
    'dist/define.js',
    'dist/define.d.ts',
    'dist/index.d.ts',
    'dist/react.d.ts',
    'dist/vue.d.ts',
    'dist/edu-timeline.standalone.js',
  ]) {
    if (!files.includes(entry)) problems.push(`${entry} is not in the package`);
  }

  // 2 and 3: the two tools, each on the tarball.
  for (const [name, args] of [
    ['publint', ['publint', '--strict', tarball]],
    // The wildcard export of one element is checked at the path the README gives, with and without `.js`.
    [
      'attw',
      [
        'attw',
        tarball,
        '--profile',
        'esm-only',
        '--format',
        'ascii',
        '--include-entrypoints',
        './data/pakistan-small-arms-2024.json',
        ...tags.flatMap((tag) => {
          const entry = `./components/${tag.replace(/^edu-/, '')}/${tag}`;
          return [`${entry}.js`, entry];
        }),
      ],
    ],
  ]) {
    try {
      execFileSync(npx, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      problems.push(`${name} failed:\n${String(e.stdout ?? '')}${String(e.stderr ?? '')}`.trim());
    }
  }

  // 4. The addresses that pages copy from us.
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const [major, minor] = version.split('.');
  const line = major === '0' ? `0.${minor}` : major;
  const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const path of tracked) {
    if (!/\.(md|json|ts|mjs|js|html)$/.test(path) || ['package-lock.json', 'scripts/check-package.mjs'].includes(path))
      continue;
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/unpkg\.com\/edu-timeline([^/\s"'`)]*)\//g)) {
      if (match[1] !== `@${line}`) {
        const at = text.slice(0, match.index).split('\n').length;
        problems.push(`${path}:${at}: unpkg.com/edu-timeline${match[1]}/ should be unpkg.com/edu-timeline@${line}/`);
      }
    }
  }

  if (problems.length) {
    console.error(`check-package: ${problems.length} problem(s) in ${pack.filename}:\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `check-package: ${pack.filename}, ${files.length} files, ${(pack.size / 1024).toFixed(0)} KB packed; ` +
        `${tags.length} element entry points with types; publint --strict and attw (ESM-only) pass; ` +
        `every unpkg address names edu-timeline@${line}.`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
