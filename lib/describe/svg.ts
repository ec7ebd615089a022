/**
 * A pod as an SVG picture, hand-written (no dependency): the main container and its
 * helpers as boxes in start order (numbered, with arrows for the order), the localhost
 * ports they reach each other on, the volumes and who mounts them, and a legend.
 * Deterministic: the same pod gives the same bytes.
 */
import type { DescribedPod } from './described-pod';
import type { RoleKind } from './roles';
import { layoutPod, SIZES, volumeLabel, type ContainerBox, type PodLayout } from './svg-layout';
import { charsThatFit, FONT_FAMILY, FONT_SIZE, round, textElement, textWidth, xmlEscape } from './svg-text';

const COLOURS: Readonly<Record<RoleKind, { readonly fill: string; readonly stroke: string }>> = {
  main: { fill: '#e8f0fe', stroke: '#1a73e8' },
  sidecar: { fill: '#e6f4ea', stroke: '#188038' },
  adapter: { fill: '#fef7e0', stroke: '#b06000' },
  ambassador: { fill: '#f3e8fd', stroke: '#8430ce' },
  'native-sidecar': { fill: '#e6f4ea', stroke: '#188038' },
  init: { fill: '#f1f3f4', stroke: '#5f6368' },
  container: { fill: '#f1f3f4', stroke: '#3c4043' },
};

const LINK_COLOUR = '#1a73e8';
const MOUNT_COLOUR = '#80868b';
const SHARED_COLOUR = '#e37400';

function title(pod: DescribedPod): string {
  return pod.isTemplate ? `${pod.kind} ${pod.name} — pod template` : `Pod ${pod.name}`;
}

function subtitle(pod: DescribedPod): string {
  return `${pod.namespace ? `namespace ${pod.namespace} · ` : ''}from ${pod.file}${pod.documentIndex > 0 ? ` (document ${pod.documentIndex + 1})` : ''}`;
}

function box(b: ContainerBox): string[] {
  const { padding, lineHeight } = SIZES;
  const colour = COLOURS[b.role];
  const max = charsThatFit(b.width - padding * 2);
  const out = [
    `<g class="container">`,
    `<rect x="${round(b.x)}" y="${round(b.y)}" width="${round(b.width)}" height="${round(b.height)}" rx="8" fill="${colour.fill}" stroke="${colour.stroke}" stroke-width="1.5"/>`,
    `<circle cx="${round(b.x + padding + 9)}" cy="${round(b.y + padding + 9)}" r="10" fill="${colour.stroke}"/>`,
    `<text x="${round(b.x + padding + 9)}" y="${round(b.y + padding + 13.5)}" text-anchor="middle" font-size="12" font-weight="bold" fill="#ffffff">${b.container.step}</text>`,
  ];
  b.lines.forEach((line, index) => {
    const y = b.y + padding + 14 + index * lineHeight;
    if (index === 0) out.push(textElement(b.x + padding + 26, y, line, max - 4, 'font-weight="bold"'));
    else out.push(textElement(b.x + padding, y, line, max, index === 1 ? `fill="${colour.stroke}"` : 'fill="#202124"'));
  });
  out.push('</g>');
  return out;
}

/** Arrows of the start order between neighbouring boxes: `→` to a later step, `+` beside one starting together. */
function startOrder(layout: PodLayout): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < layout.boxes.length; i++) {
    const a = layout.boxes[i];
    const b = layout.boxes[i + 1];
    const y = a.y + a.height / 2;
    if (b.container.step > a.container.step) {
      out.push(`<line x1="${round(a.x + a.width + 6)}" y1="${round(y)}" x2="${round(b.x - 8)}" y2="${round(y)}" stroke="#5f6368" stroke-width="2" marker-end="url(#order)"/>`);
      out.push(`<text x="${round((a.x + a.width + b.x) / 2)}" y="${round(y - 8)}" text-anchor="middle" font-size="11" fill="#5f6368">then</text>`);
    } else {
      out.push(`<text x="${round((a.x + a.width + b.x) / 2)}" y="${round(y + 6)}" text-anchor="middle" font-size="18" fill="#5f6368">+</text>`);
      out.push(`<text x="${round((a.x + a.width + b.x) / 2)}" y="${round(y - 12)}" text-anchor="middle" font-size="11" fill="#5f6368">with</text>`);
    }
  }
  return out;
}

function links(layout: PodLayout): string[] {
  return layout.links.flatMap((link) => {
    const left = Math.min(link.fromX, link.toX);
    const right = Math.max(link.fromX, link.toX);
    const labelWidth = textWidth(link.label, 12) + 10;
    const middle = (left + right) / 2;
    return [
      `<path d="M ${round(link.fromX)} ${round(link.boxTop)} V ${round(link.laneY)} H ${round(link.toX)} V ${round(link.boxTop - 3)}" fill="none" stroke="${LINK_COLOUR}" stroke-width="2" marker-end="url(#link)"/>`,
      `<rect x="${round(middle - labelWidth / 2)}" y="${round(link.laneY - 19)}" width="${round(labelWidth)}" height="16" rx="3" fill="#ffffff"/>`,
      `<text x="${round(middle)}" y="${round(link.laneY - 7)}" text-anchor="middle" font-size="12" fill="${LINK_COLOUR}">${xmlEscape(link.label)}</text>`,
    ];
  });
}

function volumes(layout: PodLayout): string[] {
  const out = layout.mounts.map(
    (m) => `<line x1="${round(m.x1)}" y1="${round(m.y1)}" x2="${round(m.x2)}" y2="${round(m.y2)}" stroke="${MOUNT_COLOUR}" stroke-width="1.5" stroke-dasharray="${m.readOnly ? '2 4' : '6 4'}"/>`,
  );
  for (const v of layout.volumes) {
    const shared = v.mounts > 1;
    const stroke = shared ? SHARED_COLOUR : MOUNT_COLOUR;
    const max = charsThatFit(v.width - SIZES.padding * 2);
    out.push(
      `<g class="volume">`,
      `<path d="M ${round(v.x)} ${round(v.y + 6)} V ${round(v.y + v.height - 6)} A ${round(v.width / 2)} 6 0 0 0 ${round(v.x + v.width)} ${round(v.y + v.height - 6)} V ${round(v.y + 6)}" fill="#fff8e1" stroke="${stroke}" stroke-width="1.5"/>`,
      `<ellipse cx="${round(v.x + v.width / 2)}" cy="${round(v.y + 6)}" rx="${round(v.width / 2)}" ry="6" fill="#fff8e1" stroke="${stroke}" stroke-width="1.5"/>`,
      textElement(v.x + v.width / 2, v.y + 27, volumeLabel(v), max, 'text-anchor="middle" font-weight="bold"'),
      textElement(v.x + v.width / 2, v.y + 43, v.type, max, 'text-anchor="middle" font-size="11" fill="#5f6368"'),
      `</g>`,
    );
  }
  return out;
}

function legend(layout: PodLayout): string[] {
  const y = layout.legendTop + 20;
  const x = SIZES.margin;
  return [
    `<g class="legend" font-size="11" fill="#5f6368">`,
    `<circle cx="${x + 8}" cy="${y - 4}" r="8" fill="#5f6368"/><text x="${x + 8}" y="${y}" text-anchor="middle" fill="#ffffff" font-weight="bold">1</text>`,
    `<text x="${x + 22}" y="${y}">start order</text>`,
    `<line x1="${x + 120}" y1="${y - 4}" x2="${x + 150}" y2="${y - 4}" stroke="${LINK_COLOUR}" stroke-width="2" marker-end="url(#link)"/>`,
    `<text x="${x + 158}" y="${y}">connects on localhost</text>`,
    `<line x1="${x + 320}" y1="${y - 4}" x2="${x + 350}" y2="${y - 4}" stroke="${MOUNT_COLOUR}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    `<text x="${x + 358}" y="${y}">mounts (dotted: read-only)</text>`,
    `</g>`,
  ];
}

/** One pod as an SVG document. */
export function podSvg(pod: DescribedPod): string {
  const heading = title(pod);
  const layout = layoutPod(pod, Math.max(textWidth(heading, 18), textWidth(subtitle(pod), 12)));
  const { margin } = SIZES;
  const maxTitle = charsThatFit(layout.width - margin * 2, 18);
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(layout.width)}" height="${round(layout.height)}" viewBox="0 0 ${round(layout.width)} ${round(layout.height)}" font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}">`,
    `<title>${xmlEscape(heading)}</title>`,
    '<defs>',
    `<marker id="link" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${LINK_COLOUR}"/></marker>`,
    '<marker id="order" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#5f6368"/></marker>',
    '</defs>',
    `<rect x="0" y="0" width="${round(layout.width)}" height="${round(layout.height)}" fill="#ffffff"/>`,
    textElement(margin, margin + 18, heading, maxTitle, 'font-size="18" font-weight="bold" fill="#202124"'),
    textElement(margin, margin + 38, subtitle(pod), charsThatFit(layout.width - margin * 2, 12), 'font-size="12" fill="#5f6368"'),
    `<rect x="${margin}" y="${round(layout.frameTop)}" width="${round(layout.width - margin * 2)}" height="${round(layout.legendTop - layout.frameTop - 8)}" rx="12" fill="none" stroke="#dadce0" stroke-width="1.5" stroke-dasharray="8 6"/>`,
    ...links(layout),
    ...volumes(layout),
    ...layout.boxes.flatMap(box),
    ...startOrder(layout),
    ...(layout.boxes.length === 0 ? [textElement(margin + 16, layout.frameTop + 40, 'no containers', 40, 'fill="#5f6368"')] : []),
    ...legend(layout),
    '</svg>',
  ];
  return `${lines.join('\n')}\n`;
}

/** A file name for a pod's picture: kind, namespace and name in safe characters, e.g. `deployment-web.svg`. */
export function svgFileName(pod: DescribedPod): string {
  const parts = [pod.kind, pod.namespace ?? '', pod.name].filter((p) => p !== '').map((p) => p.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, ''));
  const stem = parts.filter((p) => p !== '').join('-').slice(0, 120) || 'pod';
  return `${stem}.svg`;
}
