import { describe, expect, it } from 'vitest';
import { podOverhead } from './pod-overhead';
import { DEGENERATE_SPECS, summarize } from './testkit';

const O = 'spec.overhead';
const withClass = (overhead: unknown, runtimeClassName: unknown) => ({ containers: [{ name: 'a', image: 'x' }], overhead, runtimeClassName });
const withOverhead = (overhead: unknown) => withClass(overhead, 'kata');
const withoutClass = (overhead: unknown) => ({ containers: [{ name: 'a', image: 'x' }], overhead });

describe('resources/overhead', () => {
  it.each(DEGENERATE_SPECS)('ignores %s', (_label, spec) => {
    expect(summarize(podOverhead, spec)).toEqual([]);
  });

  it.each([
    ['no overhead', { containers: [] }, []],
    ['a null overhead', withoutClass(null), []],
    ['an overhead of the wrong type', withoutClass('big'), []],
    ['an overhead with its RuntimeClass', withOverhead({ cpu: '250m', memory: '120Mi' }), []],
    ['numbers', withOverhead({ cpu: 0.25, memory: 1024 }), []],
    ['an overhead without runtimeClassName', withoutClass({ cpu: '250m' }), [`error resources/overhead-runtime-class ${O}`]],
    ['an empty overhead without runtimeClassName', withoutClass({}), [`error resources/overhead-runtime-class ${O}`]],
    ['an empty runtimeClassName (pod/runtime-class-name reports it)', withClass({ cpu: '1' }, ''), []],
    ['a null runtimeClassName', withClass({ cpu: '1' }, null), [`error resources/overhead-runtime-class ${O}`]],
    ['an unknown resource name', withOverhead({ gpu: '1' }), [`error resources/name ${O}[gpu]`]],
    ['an extended resource', withOverhead({ 'example.com/gpu': '1' }), []],
    ['a fractional extended resource', withOverhead({ 'example.com/gpu': '0.5' }), [`error resources/integer ${O}[example.com/gpu]`]],
    ['a negative quantity', withOverhead({ memory: '-1Mi' }), [`error resources/negative ${O}[memory]`]],
    ['a bad quantity (the schema layer reports it)', withOverhead({ memory: '1MB' }), []],
    ['fractional memory (no warning: the server warns about containers only)', withOverhead({ memory: '0.5' }), []],
    ['hugepages with memory', withOverhead({ 'hugepages-2Mi': '2Mi', memory: '1Mi' }), []],
    ['hugepages alone', withOverhead({ 'hugepages-2Mi': '2Mi' }), [`error resources/hugepages ${O}`]],
    ['hugepages not a multiple of the page', withOverhead({ 'hugepages-2Mi': '1Mi', cpu: '1' }), [`error resources/hugepages ${O}[hugepages-2Mi]`]],
    ['several problems', withoutClass({ cpu: '-1', gpu: '1' }), [`error resources/overhead-runtime-class ${O}`, `error resources/negative ${O}[cpu]`, `error resources/name ${O}[gpu]`]],
  ])('%s', (_label, spec, expected) => {
    expect(summarize(podOverhead, spec)).toEqual(expected);
  });

  it.each([28, 36])('checks the same on 1.%i', (minor) => {
    expect(summarize(podOverhead, withoutClass({ cpu: '1' }), { minor })).toEqual([`error resources/overhead-runtime-class ${O}`]);
  });

  it('reports in a template at the template path', () => {
    expect(summarize(podOverhead, withoutClass({ gpu: '1' }), { template: true })).toEqual([
      'error resources/overhead-runtime-class spec.template.spec.overhead',
      'error resources/name spec.template.spec.overhead[gpu]',
    ]);
  });
});
