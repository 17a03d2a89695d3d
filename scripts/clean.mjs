#!/usr/bin/env node
// Removes build output: dist/ and custom-elements.json (no rimraf needed on Node ≥ 14.14).
import { rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const targets = ['dist', 'custom-elements.json'];

await Promise.all(targets.map((t) => rm(resolve(root, t), { recursive: true, force: true })));
console.log(`clean: removed ${targets.join(', ')}`);
