// Preloaded by `npm run synth` (NODE_OPTIONS=--require) to make `cdk8s synth` start faster.
// cdk8s-cli loads every command module and their dependencies at start, though `synth` uses
// few of them:
// - `jsii-pacmak` (about half a second to load) serves only the `init` command: it is
//   answered with an empty module, so run other commands than `synth` without this hook;
// - the CRD importers (`import/dispatch`) and the upgrade check (`upgrades`, which loads the
//   whole cdk8s library) are loaded on first use instead of at start.
'use strict';
const Module = require('module');

const SKIPPED = new Set(['jsii-pacmak', 'jsii-pacmak/lib/targets/version-utils']);
const DEFERRED = new Set(['../../import/dispatch', '../upgrades']);
const FROM_CDK8S_CLI = /[\\/]cdk8s-cli[\\/]/;

function deferred(load) {
  let real;
  const target = () => (real ??= load());
  return new Proxy(
    {},
    {
      get: (_, key) => target()[key],
      has: (_, key) => key in target(),
      ownKeys: () => Reflect.ownKeys(target()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
        return descriptor && { ...descriptor, configurable: true };
      },
    },
  );
}

const load = Module._load;
Module._load = function loadForSynth(request, parent, isMain) {
  if (parent && FROM_CDK8S_CLI.test(parent.filename)) {
    if (SKIPPED.has(request)) return {};
    if (DEFERRED.has(request)) return deferred(() => load.call(this, request, parent, isMain));
  }
  return load.call(this, request, parent, isMain);
};
