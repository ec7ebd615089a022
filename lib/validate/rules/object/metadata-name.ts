/**
 * `metadata/name`: every object needs a name or a generateName; the name (and a
 * generated name) must follow its kind's syntax, e.g. a DNS-1123 subdomain for a Pod, a
 * DNS-1035 label for a Service, a DNS-1123 label for a Namespace or StatefulSet.
 */
import { childPath } from '../../field-path';
import { get, getObject, getString } from '../../primitives/access';
import { checkObjectName, describeNameSyntax, nameSyntaxOf, sampleGeneratedName } from '../../primitives/object-names';
import type { ObjectRule } from '../../rule';
import { groupOf, hasObjectMeta, kindOf } from './kind-info';

/** Follows apimachinery ValidateObjectMetaAccessor (name, generateName) with each kind's ValidateNameFunc. */
export const metadataName: ObjectRule = {
  id: 'metadata/name',
  check(object, ctx) {
    const kind = kindOf(object);
    if (!hasObjectMeta(kind)) return;
    const metadata = getObject(object, 'metadata');
    if (!isStringOrAbsent(get(metadata, 'name')) || !isStringOrAbsent(get(metadata, 'generateName'))) return; // the schema reports the type
    const name = getString(metadata, 'name') ?? '';
    const generateName = getString(metadata, 'generateName') ?? '';
    const syntax = nameSyntaxOf(groupOf(object), kind);
    const rule = describeNameSyntax(syntax);
    if (generateName !== '') {
      const problem = checkObjectName(generateName, syntax, true);
      if (problem !== undefined) {
        ctx.report({
          fieldPath: childPath('metadata', 'generateName'),
          message: `generateName ${JSON.stringify(generateName)} is not a valid prefix for a ${kind} name (${rule}): ${problem}`,
          hint: "use lower-case letters, digits and '-', e.g. 'web-'",
        });
      } else if (name === '') {
        const generated = sampleGeneratedName(generateName);
        const generatedProblem = checkObjectName(generated, syntax);
        if (generatedProblem !== undefined) {
          ctx.report({
            fieldPath: childPath('metadata', 'generateName'),
            message: `names generated from ${JSON.stringify(generateName)} (such as ${JSON.stringify(generated)}) are not valid ${kind} names: ${generatedProblem}`,
            hint: 'shorten or fix the prefix',
          });
        }
      }
    }
    if (name === '') {
      if (generateName === '') {
        ctx.report({
          fieldPath: childPath('metadata', 'name'),
          message: `${kind} needs metadata.name (or metadata.generateName)`,
          hint: `set metadata.name to ${rule}, e.g. 'web'`,
        });
      }
      return;
    }
    const problem = checkObjectName(name, syntax);
    if (problem !== undefined) {
      ctx.report({
        fieldPath: childPath('metadata', 'name'),
        message: `${JSON.stringify(name)} is not a valid ${kind} name: it ${problem}`,
        hint: `a ${kind} name must be ${rule}, e.g. 'web-1'`,
      });
    }
  },
};

function isStringOrAbsent(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}
