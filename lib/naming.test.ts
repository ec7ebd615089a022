import { App, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { defaultObjectName } from './naming';

describe('defaultObjectName', () => {
  const chart = new Chart(new App(), 'seeds');

  it.each([
    ['a top-level object is named after its id', chart, 'webapp', 'webapp'],
    ['ids are kept as written', chart, 'Web_App', 'Web_App'],
    ['a nested object joins the ids below the chart', new Construct(new Construct(chart, 'shop'), 'front'), 'web', 'shop-front-web'],
  ])('%s', (_name, scope, id, expected) => {
    expect(defaultObjectName(scope, id)).toBe(expected);
  });

  it('stops at the nearest chart', () => {
    const inner = new Chart(chart, 'inner');
    expect(defaultObjectName(inner, 'db')).toBe('db');
  });
});
