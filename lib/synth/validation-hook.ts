import { ApiObject } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { formatSynthReport } from './report';
import { validateRendered } from './validate-rendered';

/** Marks the root of a podsmith App, which validates in its own synth. */
export const PODSMITH_APP = Symbol.for('podsmith.App');

const HOOKED = new WeakSet<IConstruct>();

/**
 * The one hook between constructs and the validator. A podsmith App validates everything in
 * its synth; under a plain cdk8s App, the first podsmith construct adds one validation to the
 * root that validates every ApiObject of the app, so that cdk8s's synth fails on errors too.
 */
export function registerValidation(construct: IConstruct): void {
  const root = construct.node.root;
  if ((root as unknown as Record<symbol, unknown>)[PODSMITH_APP] || HOOKED.has(root)) return;
  HOOKED.add(root);
  root.node.addValidation({
    validate: () => {
      const objects = root.node
        .findAll()
        .filter((c): c is ApiObject => ApiObject.isApiObject(c))
        .map((apiObject) => ({ apiObject, json: apiObject.toJson() as Record<string, unknown> }));
      const errors = validateRendered(objects).filter((d) => d.severity === 'error');
      return errors.length > 0 ? [`podsmith validation failed:\n${formatSynthReport(errors)}`] : [];
    },
  });
}
