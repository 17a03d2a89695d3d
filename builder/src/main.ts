/**
 * The builder page's script (bundled to builder/dist/builder.js by builder/rollup.builder.mjs): every element of the
 * library, for the live preview, and `<edu-builder>`.
 */
import '../../src/define.js';
import './edu-builder.js';
