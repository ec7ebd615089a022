/**
 * Where everything goes in a pod's picture: a row of container boxes in start order, the
 * localhost links routed above them (one lane each, so their labels never overlap), and
 * the volumes below with a line to each container that mounts them. Sizes come from the
 * text, measured in a monospace font.
 */
import type { DescribedPod } from './described-pod';
import type { ContainerFact } from './pod-facts';
import { ROLE_NAMES, type RoleKind } from './roles';
import { CHAR_WIDTH, length } from './svg-text';

/** Pixel sizes of the layout: margins, box padding and line height, gaps, lanes, volume and legend sizes. */
export const SIZES = {
  margin: 24,
  titleHeight: 64,
  padding: 10,
  lineHeight: 18,
  boxGap: 56,
  minBoxWidth: 190,
  maxBoxChars: 40,
  laneHeight: 28,
  volumeGap: 72,
  volumeHeight: 50,
  volumeSpacing: 28,
  legendHeight: 40,
} as const;

/** A container's box. */
export interface ContainerBox {
  /** The container. */
  readonly container: ContainerFact;
  /** Its role, for colour and words. */
  readonly role: RoleKind;
  /** The lines written in the box, the first being the name. */
  readonly lines: readonly string[];
  /** Left edge, in pixels. */
  readonly x: number;
  /** Top edge, in pixels. */
  readonly y: number;
  /** Width, in pixels. */
  readonly width: number;
  /** Height, in pixels. */
  readonly height: number;
}

/** A volume's shape. */
export interface VolumeBox {
  /** The volume's name. */
  readonly name: string;
  /** Its source kind, e.g. `emptyDir`. */
  readonly type: string;
  /** How many containers mount it. */
  readonly mounts: number;
  /** Left edge, in pixels. */
  readonly x: number;
  /** Top edge, in pixels. */
  readonly y: number;
  /** Width, in pixels. */
  readonly width: number;
  /** Height, in pixels. */
  readonly height: number;
}

/** A localhost link routed through its lane above the boxes. */
export interface RoutedLink {
  /** The label, e.g. `localhost:8080`. */
  readonly label: string;
  /** Where the line leaves the connecting container's top edge. */
  readonly fromX: number;
  /** Where the arrow enters the listening container's top edge. */
  readonly toX: number;
  /** Height of the link's own lane above the boxes. */
  readonly laneY: number;
  /** Top edge of the boxes. */
  readonly boxTop: number;
}

/** A mount line from a container's bottom edge to a volume's top. */
export interface MountLine {
  /** Start on the container's bottom edge. */
  readonly x1: number;
  /** Start on the container's bottom edge. */
  readonly y1: number;
  /** End on the volume's top. */
  readonly x2: number;
  /** End on the volume's top. */
  readonly y2: number;
  /** Whether the mount is read-only (drawn dotted). */
  readonly readOnly: boolean;
}

/** The whole picture's geometry. */
export interface PodLayout {
  /** Width of the picture. */
  readonly width: number;
  /** Height of the picture. */
  readonly height: number;
  /** Container boxes in start order, left to right. */
  readonly boxes: readonly ContainerBox[];
  /** Volumes, below the boxes. */
  readonly volumes: readonly VolumeBox[];
  /** Localhost links, above the boxes. */
  readonly links: readonly RoutedLink[];
  /** Mount lines from containers to volumes. */
  readonly mounts: readonly MountLine[];
  /** Top of the pod frame (below the title). */
  readonly frameTop: number;
  /** Top of the legend. */
  readonly legendTop: number;
}

/** Width the legend needs: its three entries and the margins. */
const LEGEND_WIDTH = 640;

function boxLines(pod: DescribedPod, container: ContainerFact, role: RoleKind): string[] {
  const of = pod.roles.roles.get(container.name)?.of;
  const roleLine = `${ROLE_NAMES[role]}${of ? ` of ${of}` : ''}${container.phase === 'sidecar' && role !== 'native-sidecar' ? ' (native)' : ''}`;
  const lines = [container.name, roleLine, container.image ?? '(no image)'];
  if (container.ports.length > 0) lines.push(`ports ${container.ports.map((p) => `${p.containerPort}${p.protocol === 'TCP' ? '' : `/${p.protocol}`}${p.name ? ` (${p.name})` : ''}`).join(', ')}`);
  if (container.probes.size > 0) lines.push(`probes: ${[...container.probes.keys()].join(', ')}`);
  for (const mount of container.mounts) lines.push(`${mount.volume} at ${mount.mountPath}${mount.readOnly ? ' (ro)' : ''}`);
  return lines;
}

/** The name line of a volume: `logs (shared)` when more than one container mounts it. */
export function volumeLabel(volume: { readonly name: string; readonly mounts: number }): string {
  return `${volume.name}${volume.mounts > 1 ? ' (shared)' : ''}`;
}

/** Points spread over a width: `count` points between 25% and 75% of it (one point in the middle). */
function spread(x: number, width: number, count: number, index: number): number {
  return count <= 1 ? x + width / 2 : x + width * (0.2 + (0.6 * index) / (count - 1));
}

/** Lays out one pod. */
export function layoutPod(pod: DescribedPod, titleWidth: number): PodLayout {
  const { margin, padding, lineHeight } = SIZES;
  const containers = pod.facts.containers;
  const lanes = pod.roles.links.length;
  const boxTop = margin + SIZES.titleHeight + (lanes > 0 ? lanes * SIZES.laneHeight + 16 : 16);
  const contents = containers.map((container) => {
    const role = pod.roles.roles.get(container.name)?.kind ?? 'container';
    return { container, role, lines: boxLines(pod, container, role) };
  });
  const height = padding * 2 + Math.max(3, ...contents.map((c) => c.lines.length)) * lineHeight + 4;
  let x = margin + 16;
  const boxes: ContainerBox[] = contents.map((content) => {
    const chars = Math.min(SIZES.maxBoxChars, Math.max(...content.lines.map((line, index) => length(line) + (index === 0 ? 4 : 0))));
    const width = Math.max(SIZES.minBoxWidth, chars * CHAR_WIDTH + padding * 2);
    const box = { ...content, x, y: boxTop, width, height };
    x += width + SIZES.boxGap;
    return box;
  });
  const boxesRight = x - SIZES.boxGap;
  const byName = new Map(boxes.map((box) => [box.container.name, box]));

  const endpoints = new Map<string, number>();
  const slot = new Map<string, number>();
  pod.roles.links.forEach((link, index) => {
    for (const end of [`${link.from}`, `${link.to}`]) {
      slot.set(`${index}:${end}`, endpoints.get(end) ?? 0);
      endpoints.set(end, (endpoints.get(end) ?? 0) + 1);
    }
  });
  const links: RoutedLink[] = pod.roles.links.flatMap((link, index) => {
    const from = byName.get(link.from);
    const to = byName.get(link.to);
    if (!from || !to) return [];
    return [{
      label: `localhost:${link.port}`,
      fromX: spread(from.x, from.width, endpoints.get(link.from) ?? 1, slot.get(`${index}:${link.from}`) ?? 0),
      toX: spread(to.x, to.width, endpoints.get(link.to) ?? 1, slot.get(`${index}:${link.to}`) ?? 0),
      laneY: boxTop - 16 - index * SIZES.laneHeight,
      boxTop,
    }];
  });

  const volumeTop = boxTop + height + SIZES.volumeGap;
  const volumeWidths = pod.facts.volumes.map((v) => Math.min(SIZES.maxBoxChars * CHAR_WIDTH, Math.max(120, Math.max(length(volumeLabel({ name: v.name, mounts: v.mountedBy.length })), length(v.type)) * CHAR_WIDTH + padding * 2)));
  const volumesWidth = volumeWidths.reduce((sum, w) => sum + w, 0) + Math.max(0, volumeWidths.length - 1) * SIZES.volumeSpacing;
  const rowWidth = Math.max(boxesRight - margin - 16, volumesWidth);
  let vx = margin + 16 + (rowWidth - volumesWidth) / 2;
  const volumes: VolumeBox[] = pod.facts.volumes.map((volume, index) => {
    const box = { name: volume.name, type: volume.type, mounts: volume.mountedBy.length, x: vx, y: volumeTop, width: volumeWidths[index], height: SIZES.volumeHeight };
    vx += volumeWidths[index] + SIZES.volumeSpacing;
    return box;
  });
  const volumeByName = new Map(volumes.map((v) => [v.name, v]));
  const mounts: MountLine[] = boxes.flatMap((box) =>
    box.container.mounts.flatMap((mount, index) => {
      const volume = volumeByName.get(mount.volume);
      if (!volume) return [];
      return [{ x1: spread(box.x, box.width, box.container.mounts.length, index), y1: box.y + box.height, x2: volume.x + volume.width / 2, y2: volume.y, readOnly: mount.readOnly }];
    }),
  );

  const contentBottom = volumes.length > 0 ? volumeTop + SIZES.volumeHeight : boxTop + height;
  const legendTop = contentBottom + 36;
  const width = Math.max(margin * 2 + 32 + rowWidth, margin * 2 + titleWidth, LEGEND_WIDTH);
  return { width, height: legendTop + SIZES.legendHeight, boxes, volumes, links, mounts, frameTop: margin + SIZES.titleHeight - 8, legendTop };
}
