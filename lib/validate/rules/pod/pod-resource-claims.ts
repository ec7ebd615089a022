import { checkDns1123Label, checkDns1123Subdomain } from '../../primitives/names';
import type { Finding, PodRule } from '../../rule';
import { arrayAt, child, has, recordAt, recordsAt, stringAt } from './access';
import { droppedField } from './dropped-field';
import { specRecord } from './pod-containers';

const RULE = 'pod/resource-claims';

/** First minor version with DynamicResourceAllocation on by default (GA); before it the API server drops resource claims. */
export const RESOURCE_CLAIMS_MINOR = 34;

/** The warning for resource claims (of the pod or of a container) at `fieldPath` on a version before {@link RESOURCE_CLAIMS_MINOR}. */
export function droppedClaims(minor: number, fieldPath: string, ruleId: string): Finding {
  return droppedField('resource claims are', minor, 'DynamicResourceAllocation', fieldPath, `target Kubernetes 1.${RESOURCE_CLAIMS_MINOR} or later, or remove the claims`, ruleId);
}
const SOURCES = ['resourceClaimName', 'resourceClaimTemplateName'];

/**
 * The pod's `resourceClaims` (`validatePodResourceClaims`, `validatePodResourceClaim`):
 * names required, unique and DNS-1123 labels; exactly one of resourceClaimName and
 * resourceClaimTemplateName, each a DNS-1123 subdomain. Before 1.34 DynamicResourceAllocation
 * is off by default and the API server drops the field (and the containers'
 * `resources.claims`) unchecked: a warning there.
 */
export const podResourceClaims: PodRule = {
  id: RULE,
  check(site, ctx) {
    const claimsPath = child(site.specPath, 'resourceClaims');
    if (ctx.minor < RESOURCE_CLAIMS_MINOR) {
      const claims = arrayAt(specRecord(site.spec), 'resourceClaims');
      if (claims !== undefined && claims.length > 0) {
        ctx.report(droppedClaims(ctx.minor, claimsPath, RULE));
      }
      return;
    }
    const seen = new Set<string>();
    for (const { index, value: claim } of recordsAt(specRecord(site.spec), 'resourceClaims')) {
      const claimPath = `${claimsPath}[${index}]`;
      const name = stringAt(claim, 'name');
      if (name === '' || (name === undefined && !has(claim, 'name'))) {
        ctx.report({ ruleId: RULE, fieldPath: child(claimPath, 'name'), message: 'the resource claim has no name', hint: 'name it; containers refer to it in resources.claims' });
      } else if (name !== undefined) {
        const problem = seen.has(name) ? 'is already used by another resource claim' : checkDns1123Label(name);
        if (problem !== undefined) ctx.report({ ruleId: RULE, fieldPath: child(claimPath, 'name'), message: `resource claim name "${name}" ${problem}`, hint: "use a unique DNS-1123 label, e.g. 'gpu'" });
        seen.add(name);
      }
      const source = recordAt(claim, 'source') ?? claim;
      const sourcePath = source === claim ? claimPath : child(claimPath, 'source');
      const set = SOURCES.filter((field) => has(source, field));
      if (set.length !== 1) {
        ctx.report({ ruleId: RULE, fieldPath: sourcePath, message: set.length === 0 ? 'the resource claim names neither a ResourceClaim nor a ResourceClaimTemplate' : 'resourceClaimName and resourceClaimTemplateName are both set', hint: 'set exactly one of resourceClaimName or resourceClaimTemplateName' });
      }
      for (const field of set) {
        const value = stringAt(source, field);
        const problem = value === undefined ? undefined : checkDns1123Subdomain(value);
        if (problem !== undefined) ctx.report({ ruleId: RULE, fieldPath: child(sourcePath, field), message: `${field} "${value}" ${problem}`, hint: 'name the object by its metadata.name' });
      }
    }
  },
};
