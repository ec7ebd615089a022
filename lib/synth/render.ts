import { ApiObject, Chart, DependencyGraph } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { resolveDependencies } from './dependencies';

/** One rendered object and the construct it came from. */
export interface RenderedObject {
  /** The construct that produced the object. */
  readonly apiObject: ApiObject;
  /** The object in Kubernetes JSON form. */
  readonly json: Record<string, unknown>;
}

/** A chart and its objects in output order. */
export interface RenderedChart {
  /** The chart. */
  readonly chart: Chart;
  /** Its objects, dependencies first. */
  readonly objects: readonly RenderedObject[];
}

/** Everything an app renders, before validation and before anything is written. */
export interface RenderedApp {
  /** Charts in output order, dependencies first. */
  readonly charts: readonly RenderedChart[];
  /** Whether a chart depends on another (cdk8s then numbers the output files). */
  readonly chartsDepend: boolean;
  /** Construct validation errors (`node.addValidation`), as `[path] message`. */
  readonly constructErrors: readonly string[];
}

/**
 * Renders every chart of the app once: runs the constructs' own validations, resolves
 * dependencies and turns each API object into JSON, charts and objects in dependency order.
 * An object that cannot be rendered (a prop holding a value that is not plain data) is a
 * construct error naming its path, so synth writes nothing rather than stopping with a stack.
 */
export function renderApp(root: IConstruct): RenderedApp {
  const all = root.node.findAll();
  const constructErrors: string[] = [];
  for (const construct of all) {
    for (const error of construct.node.validate()) constructErrors.push(`[${construct.node.path}] ${error}`);
  }
  const chartsDepend = resolveDependencies(all);
  const charts = new DependencyGraph(root.node).topology().filter((c): c is Chart => Chart.isChart(c));
  const render = (apiObject: ApiObject): RenderedObject[] => {
    try {
      return [{ apiObject, json: apiObject.toJson() as Record<string, unknown> }];
    } catch (error) {
      constructErrors.push(`[${apiObject.node.path}] the object cannot be rendered to JSON: ${(error as Error).message}`);
      return [];
    }
  };
  return {
    chartsDepend,
    constructErrors,
    charts: charts.map((chart) => ({
      chart,
      objects: new DependencyGraph(chart.node)
        .topology()
        .filter((c): c is ApiObject => ApiObject.isApiObject(c) && Chart.of(c) === chart)
        .flatMap(render),
    })),
  };
}
