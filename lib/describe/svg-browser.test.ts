/**
 * Renders a pod's picture in a real browser (headless Chromium from the Debian packages) and
 * checks the screenshot: the size the SVG declares, the boxes and volumes filled where the
 * layout put them, the title drawn. Skipped, with a notice, where /usr/bin/chromium is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { describePods } from './described-pod';
import { podSvg } from './svg';
import { layoutPod } from './svg-layout';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`${CHROMIUM} not found: skipping the test that renders a pod's SVG in a browser (install the Debian package chromium to run it)`);

/** The pixels of an 8-bit RGB or RGBA PNG (what Chromium writes). */
function decodePng(png: Buffer): { width: number; height: number; pixel(x: number, y: number): [number, number, number] } {
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8) throw new Error(`bit depth ${body[8]} not supported`);
      colourType = body[9];
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  if (channels === 0) throw new Error(`colour type ${colourType} not supported`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, pixel: (x, y) => [0, 1, 2].map((c) => pixels[Math.round(y) * stride + Math.round(x) * channels + c]) as [number, number, number] };
}

function hex(colour: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
}

function near(actual: [number, number, number], expected: string): boolean {
  return actual.every((value, index) => Math.abs(value - hex(expected)[index]) <= 6);
}

const work = mkdtempSync(join(tmpdir(), 'podsmith-svg-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const [pod] = describePods([
  {
    file: 'shop.yaml',
    documentIndex: 0,
    value: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'shop' },
      spec: {
        template: {
          spec: {
            initContainers: [
              { name: 'wait-for-db', image: 'busybox:1.36' },
              { name: 'log-shipper', image: 'fluent/fluent-bit:3.1', restartPolicy: 'Always', volumeMounts: [{ name: 'logs', mountPath: '/logs', readOnly: true }] },
              { name: 'redis', image: 'alpine/socat:1.8.0.3', restartPolicy: 'Always', args: ['TCP:redis.prod.svc:6379'], ports: [{ containerPort: 6379 }] },
            ],
            containers: [
              { name: 'web', image: 'registry.example.com/shop/frontend-application-server:2024.11', env: [{ name: 'REDIS', value: '127.0.0.1:6379' }], volumeMounts: [{ name: 'logs', mountPath: '/var/log/app' }], ports: [{ containerPort: 8080 }] },
              { name: 'metrics', image: 'nginx/nginx-prometheus-exporter:1.3.0', args: ['--scrape=http://localhost:8080/status'], ports: [{ containerPort: 9113 }] },
            ],
            volumes: [{ name: 'logs', emptyDir: {} }],
          },
        },
      },
    },
  },
]);

describe.skipIf(!available)('the SVG in a browser', () => {
  it('renders at its size, with boxes, volumes and title where the layout put them', { timeout: 120_000 }, () => {
    const svg = podSvg(pod);
    const layout = layoutPod(pod, 0);
    const [width, height] = [Math.ceil(layout.width), Math.ceil(layout.height)];
    const file = join(work, 'pod.svg');
    const screenshot = join(work, 'pod.png');
    writeFileSync(file, svg);
    const profile = mkdtempSync(join(tmpdir(), 'podsmith-chromium-'));
    try {
      const run = spawnSync(
        CHROMIUM,
        ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, `--screenshot=${screenshot}`, '--hide-scrollbars', `--window-size=${width},${height}`, `file://${file}`],
        { encoding: 'utf8', timeout: 90_000 },
      );
      expect(existsSync(screenshot), run.stderr).toBe(true);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    if (process.env.PODSMITH_KEEP_SCREENSHOT) writeFileSync(process.env.PODSMITH_KEEP_SCREENSHOT, readFileSync(screenshot));
    const image = decodePng(readFileSync(screenshot));
    expect([image.width, image.height]).toEqual([width, height]);
    for (const box of layout.boxes) {
      const fill = { main: '#e8f0fe', sidecar: '#e6f4ea', 'native-sidecar': '#e6f4ea', adapter: '#fef7e0', ambassador: '#f3e8fd', init: '#f1f3f4', container: '#f1f3f4' }[box.role];
      expect(near(image.pixel(box.x + box.width - 8, box.y + box.height - 8), fill), `${box.container.name} is filled`).toBe(true);
    }
    const [volume] = layout.volumes;
    expect(near(image.pixel(volume.x + 6, volume.y + volume.height - 14), '#fff8e1')).toBe(true);
    let dark = 0;
    for (let x = 24; x < 200; x++) for (let y = 26; y < 46; y++) if (image.pixel(x, y).every((v) => v < 100)) dark++;
    expect(dark, 'the title is drawn').toBeGreaterThan(100);
    expect(near(image.pixel(width - 3, height - 3), '#ffffff')).toBe(true);
  });
});
