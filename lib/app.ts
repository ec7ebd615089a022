import { App as Cdk8sApp, YamlOutputType, type AppProps as Cdk8sAppProps } from 'cdk8s';
import { attachSettings, type PodsmithSettings } from './settings';
import { formatSynthReport } from './synth/report';
import { checkApp } from './synth/synth-app';
import { SynthError } from './synth/synth-error';
import { PODSMITH_APP } from './synth/validation-hook';
import { planOutput, writeOutput } from './synth/write';
import { stringifyDocuments } from './yaml';

/** Props of a podsmith app: cdk8s's app props plus podsmith's settings for every chart. */
export interface AppProps extends Cdk8sAppProps, PodsmithSettings {}

/**
 * A cdk8s app whose synth validates every object (podsmith's and any other ApiObject, e.g.
 * from `Include`) against the Kubernetes schema and the API server's rules of the target
 * version before anything is written.
 *
 * When an error remains, `synth()` writes nothing, prints every problem to stderr (construct
 * path, field path, rule id, hint) and sets `process.exitCode = 1`, so `cdk8s synth` fails
 * without a stack trace. Warnings are printed and do not block.
 */
export class App extends Cdk8sApp {
  /**
   * @param props cdk8s app props and podsmith settings
   */
  public constructor(props: AppProps = {}) {
    super(props);
    Object.defineProperty(this, PODSMITH_APP, { value: true });
    attachSettings(this, props);
  }

  /** Validates, then writes the manifests; on errors writes nothing and reports (see the class). */
  public override synth(): void {
    const checked = checkApp(this);
    const report = formatSynthReport(checked.diagnostics, checked.rendered.constructErrors);
    if (report) process.stderr.write(report);
    if (checked.errorCount > 0) {
      process.exitCode = 1;
      return;
    }
    const files = planOutput(checked.rendered, { outdir: this.outdir, extension: this.outputFileExtension, type: this.yamlOutputType });
    writeOutput(this.outdir, files);
  }

  /** Validates, then returns all objects as one multi-document YAML string. Throws {@link SynthError} on errors. */
  public override synthYaml(): string {
    const checked = checkApp(this);
    if (checked.errorCount > 0) {
      throw new SynthError(formatSynthReport(checked.diagnostics, checked.rendered.constructErrors), checked.diagnostics, checked.rendered.constructErrors);
    }
    return stringifyDocuments(checked.rendered.charts.flatMap((chart) => chart.objects.map((object) => object.json)));
  }
}

export { YamlOutputType };
