// Preloaded by `npm run synth` (NODE_OPTIONS=--require) to make `cdk8s synth` start faster.
// cdk8s-cli loads every command module at start, and its `init` command requires jsii-pacmak,
// which takes about half a second to load and is never used by `synth`. This hook answers
// `require('jsii-pacmak')` (and its version-utils) with an empty module; any other command
// than `synth` should be run without it.
'use strict';
const Module = require('module');

const SKIPPED = new Set(['jsii-pacmak', 'jsii-pacmak/lib/targets/version-utils']);
const load = Module._load;
Module._load = function loadUnlessSkipped(request, parent, isMain) {
  if (SKIPPED.has(request) && parent && /[\\/]cdk8s-cli[\\/]/.test(parent.filename)) return {};
  return load.call(this, request, parent, isMain);
};
