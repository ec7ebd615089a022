import { Chart as Cdk8sChart, type ChartProps as Cdk8sChartProps } from 'cdk8s';
import type { Construct } from 'constructs';
import { attachSettings, type PodsmithSettings } from './settings';

/** Props of a podsmith chart: cdk8s's chart props plus podsmith settings that override the app's. */
export interface ChartProps extends Cdk8sChartProps, PodsmithSettings {}

/**
 * A cdk8s chart that can carry its own podsmith settings (target Kubernetes version, Pod
 * Security Standards profile, security profile), overriding the app's for the objects inside it. A plain cdk8s
 * Chart works too; its objects then follow the app's settings.
 */
export class Chart extends Cdk8sChart {
  /**
   * @param scope the app (or a parent chart)
   * @param id the chart's id; it names the output file
   * @param props cdk8s chart props and podsmith settings
   */
  public constructor(scope: Construct, id: string, props: ChartProps = {}) {
    super(scope, id, props);
    attachSettings(this, props);
  }
}
