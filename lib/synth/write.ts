import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Names, YamlOutputType } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { stringifyDocuments } from '../yaml';
import type { RenderedApp } from './render';

/** One output file: its path and its content. */
export interface OutputFile {
  /** Path of the file. */
  readonly path: string;
  /** Multi-document YAML. */
  readonly content: string;
}

/** Where and how an app's output goes (cdk8s's App settings). */
export interface OutputOptions {
  /** Output folder. */
  readonly outdir: string;
  /** File name extension, e.g. `.k8s.yaml`. */
  readonly extension: string;
  /** How objects are split into files. */
  readonly type: YamlOutputType;
}

function resourceFileName(json: Record<string, unknown>): string {
  const metadata = (json.metadata ?? {}) as { name?: unknown };
  return `${String(json.kind)}.${String(metadata.name)}`.replace(/[^0-9a-zA-Z-_.]/g, '');
}

/** Lays out the files of a chart that does not follow the app's output type (static pods: one file per pod). */
export interface ChartFileLayout {
  /** The chart's files, given its rendered objects (in output order) and the app's output folder. */
  planFiles(objects: readonly Record<string, unknown>[], outdir: string): OutputFile[];
}

const CHART_FILE_LAYOUTS = new WeakMap<IConstruct, ChartFileLayout>();

/** Makes `chart` write its objects with `layout` instead of the app's output type. */
export function setChartFileLayout(chart: IConstruct, layout: ChartFileLayout): void {
  CHART_FILE_LAYOUTS.set(chart, layout);
}

/**
 * The files an app writes, with cdk8s's file layout for each output type (chart files are
 * numbered when charts depend on each other); a chart with its own {@link ChartFileLayout} writes
 * its files its way, outside the app's files. Everything is rendered to strings first, so a
 * failure leaves nothing half-written.
 */
export function planOutput(app: RenderedApp, options: OutputOptions): OutputFile[] {
  const { outdir, extension, type } = options;
  const ownLayout = app.charts.filter((chart) => CHART_FILE_LAYOUTS.has(chart.chart));
  if (ownLayout.length > 0) {
    const rest = { ...app, charts: app.charts.filter((chart) => !CHART_FILE_LAYOUTS.has(chart.chart)) };
    const own = ownLayout.flatMap((chart) => CHART_FILE_LAYOUTS.get(chart.chart)!.planFiles(chart.objects.map((object) => object.json), outdir));
    return [...planOutput(rest, options), ...own];
  }
  const chartName = (index: number, chart: RenderedApp['charts'][number]['chart']): string => {
    const name = Names.toDnsLabel(chart);
    return app.chartsDepend ? `${index.toString().padStart(4, '0')}-${name}` : name;
  };
  switch (type) {
    case YamlOutputType.FILE_PER_APP: {
      if (app.charts.length === 0) return [];
      const docs = app.charts.flatMap((chart) => chart.objects.map((object) => object.json));
      return [{ path: join(outdir, `app${extension}`), content: stringifyDocuments(docs) }];
    }
    case YamlOutputType.FILE_PER_CHART:
      return app.charts.map((chart, index) => ({
        path: join(outdir, `${chartName(index, chart.chart)}${extension}`),
        content: stringifyDocuments(chart.objects.map((object) => object.json)),
      }));
    case YamlOutputType.FILE_PER_RESOURCE:
      return app.charts.flatMap((chart) =>
        chart.objects.map((object) => ({ path: join(outdir, `${resourceFileName(object.json)}${extension}`), content: stringifyDocuments([object.json]) })),
      );
    case YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE:
      return app.charts.flatMap((chart, index) =>
        chart.objects.map((object) => ({
          path: join(outdir, chartName(index, chart.chart), `${resourceFileName(object.json)}${extension}`),
          content: stringifyDocuments([object.json]),
        })),
      );
    default:
      throw new Error(`unknown YAML output type ${String(type)}`);
  }
}

/** Writes planned files, creating folders as needed. */
export function writeOutput(outdir: string, files: readonly OutputFile[]): void {
  mkdirSync(outdir, { recursive: true });
  for (const file of files) {
    mkdirSync(join(file.path, '..'), { recursive: true });
    writeFileSync(file.path, file.content, 'utf8');
  }
}
