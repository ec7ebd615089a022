/**
 * Input text is data in every output: escaped in the SVG (XML), quoted with entity codes in
 * Mermaid, and shown with escapes in the terminal; file names keep to safe characters.
 */
import { describe, expect, it } from 'vitest';
import { describePods } from './described-pod';
import { podFlowchart } from './mermaid';
import { podSvg, svgFileName } from './svg';
import { describePodText } from './text-layout';

const evil = 'x"]; click c0 call alert(1) %%{init}%% <script>alert(1)</script> & \u001b[31m \u0000 \ud800 \u202e';

const [pod] = describePods([
  {
    value: {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `../../${evil}`, namespace: evil },
      spec: {
        initContainers: [{ name: evil, image: evil, restartPolicy: 'Always', volumeMounts: [{ name: evil, mountPath: evil }] }],
        containers: [{ name: 'main', image: evil, args: [`http://localhost:80/${evil}`], volumeMounts: [{ name: evil, mountPath: '/m' }] }],
        volumes: [{ name: evil, emptyDir: {} }],
      },
    },
    file: `${evil}.yaml`,
    documentIndex: 0,
  },
]);

describe('escaping', () => {
  it('keeps markup and control characters out of the SVG', () => {
    const svg = podSvg(pod);
    expect(svg).not.toContain('<script');
    expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(svg).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(svg).toContain('&lt;script&gt;');
    const tags = svg.match(/<\/?([a-z]+)/g) ?? [];
    expect(new Set(tags.map((t) => t.replace(/[</]/g, '')))).toEqual(new Set(['svg', 'title', 'defs', 'marker', 'path', 'rect', 'text', 'g', 'circle', 'line', 'ellipse']));
  });

  it('keeps the Mermaid structure: only generated ids, every label quoted with entity codes', () => {
    const chart = podFlowchart(pod);
    for (const line of chart.split('\n').slice(1)) {
      const outside = line.replace(/"[^"]*"/g, '""');
      expect(outside).not.toMatch(/click|script|%%|alert/);
    }
    expect(chart.split('\n')[0]).toMatch(/^%% Pod [^\n{}]*$/);
    expect(chart).toContain('#34;#93;; click c0 call alert(1) #37;#37;#123;init#125;#37;#37; #60;script#62;');
  });

  it('shows control characters of the text output as escapes', () => {
    const text = describePodText(pod);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(text).toContain('\\x1b[31m');
  });

  it('makes picture file names of safe characters only', () => {
    const name = svgFileName(pod);
    expect(name).toMatch(/^[a-z0-9._-]+\.svg$/);
    expect(name).not.toContain('..');
    expect(name.length).toBeLessThanOrEqual(124);
  });
});
