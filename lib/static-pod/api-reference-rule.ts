import type { PodRule } from '../validate/rule';
import { apiReferences, type ApiReferenceFacet, PREVENT_API_REFERENCES_MINOR } from './api-references';

const HINTS: Readonly<Record<ApiReferenceFacet, string>> = {
  'service-account': 'remove the service account; a pod that needs the API should run as a DaemonSet instead of a static pod',
  secret: 'put the file on the node and mount it with a hostPath volume, or run the pod as a DaemonSet',
  'config-map': 'put the file on the node and mount it with a hostPath volume, or set the values with env',
  'persistent-volume-claim': 'use a hostPath or emptyDir volume, or run the pod as a DaemonSet or StatefulSet',
  'resource-claim': 'run the pod as a DaemonSet to use dynamic resource allocation',
  'cluster-trust-bundle': 'put the CA bundle on the node and mount it with a hostPath volume',
  'csi-volume': 'use a hostPath volume, or run the pod as a DaemonSet',
  'glusterfs-volume': 'mount the share on the node and use a hostPath volume',
  'service-account-token': 'remove the projected token; a static pod has no service account',
  'pod-certificate': 'put the certificate on the node and mount it with a hostPath volume',
};

/**
 * Static pods (written for a kubelet's staticPodPath) cannot reference API objects: service
 * accounts, Secrets, ConfigMaps, PersistentVolumeClaims, resource claims, ClusterTrustBundles,
 * and from Kubernetes 1.34 also CSI, glusterfs and ephemeral volumes, projected tokens and pod
 * certificates. A reference refused only by newer kubelets is a warning on older targets.
 * Runs on Pods only (a static pod file holds Pods, never templates); each facet has its own
 * rule id, `static-pod/<facet>`.
 */
export const staticPodApiReferences: PodRule = {
  id: 'static-pod/api-reference',
  check(site, ctx) {
    if (site.isTemplate) return;
    for (const reference of apiReferences(site.spec, site.specPath)) {
      const refused = ctx.minor >= reference.sinceMinor;
      ctx.report({
        ruleId: `static-pod/${reference.facet}`,
        fieldPath: reference.fieldPath,
        severity: refused ? 'error' : 'warning',
        message: refused
          ? `a static pod cannot reference ${reference.what}: the kubelet runs it without the API server`
          : `a static pod referencing ${reference.what} is refused by kubelets from 1.${PREVENT_API_REFERENCES_MINOR}`,
        hint: HINTS[reference.facet],
      });
    }
  },
};
