/**
 * The references from a pod spec to other API objects, as the kubelet and the API server see
 * them for static pods. A static pod is started by the kubelet from a file, without the API
 * server, so it cannot use anything the kubelet would have to fetch from the API:
 *
 * - every Kubernetes version: the API server refuses the mirror pod of a static pod that names
 *   a service account, a Secret, a ConfigMap or a PersistentVolumeClaim (NodeRestriction
 *   admission), so the kubelet is never allowed to read them; the kubelet itself refuses
 *   static pods with resource claims or ClusterTrustBundle projections;
 * - from 1.34 (`PreventStaticPodAPIReferences`, on by default) the kubelet refuses the file
 *   outright for any API reference, which adds CSI, glusterfs and ephemeral volumes and
 *   projected service account tokens and pod certificates.
 */
import { asRecord, child, index, type JsonRecord, recordAt, recordsAt, stringAt } from '../validate/rules/pod/access';

/** What a static pod may not reference, one facet per kind of reference. */
export type ApiReferenceFacet =
  | 'service-account'
  | 'secret'
  | 'config-map'
  | 'persistent-volume-claim'
  | 'resource-claim'
  | 'cluster-trust-bundle'
  | 'csi-volume'
  | 'glusterfs-volume'
  | 'service-account-token'
  | 'pod-certificate';

/** One reference from a pod spec to an API object. */
export interface ApiReference {
  /** Which kind of reference it is. */
  readonly facet: ApiReferenceFacet;
  /** Field path of the reference, e.g. `spec.volumes[0].secret`. */
  readonly fieldPath: string;
  /** What is referenced, for messages: `Secret "db-password"`, `a CSI driver`. */
  readonly what: string;
  /** First Kubernetes minor version whose kubelet refuses it; 0 for every version. */
  readonly sinceMinor: number;
}

/** First minor version whose kubelet refuses static pods with any API object reference. */
export const PREVENT_API_REFERENCES_MINOR = 34;

const PER_FACET: Readonly<Record<ApiReferenceFacet, { readonly kind: string; readonly sinceMinor: number }>> = {
  'service-account': { kind: 'ServiceAccount', sinceMinor: 0 },
  secret: { kind: 'Secret', sinceMinor: 0 },
  'config-map': { kind: 'ConfigMap', sinceMinor: 0 },
  'persistent-volume-claim': { kind: 'PersistentVolumeClaim', sinceMinor: 0 },
  'resource-claim': { kind: 'ResourceClaim', sinceMinor: 0 },
  'cluster-trust-bundle': { kind: 'ClusterTrustBundle', sinceMinor: 0 },
  'csi-volume': { kind: 'CSIDriver', sinceMinor: PREVENT_API_REFERENCES_MINOR },
  'glusterfs-volume': { kind: 'Endpoints', sinceMinor: PREVENT_API_REFERENCES_MINOR },
  'service-account-token': { kind: 'ServiceAccount', sinceMinor: PREVENT_API_REFERENCES_MINOR },
  'pod-certificate': { kind: 'PodCertificateRequest', sinceMinor: PREVENT_API_REFERENCES_MINOR },
};

/** Volume sources that name a Secret in `secretRef`. */
const SECRET_REF_SOURCES = ['cephfs', 'cinder', 'flexVolume', 'rbd', 'scaleIO', 'iscsi', 'storageos'] as const;

class Collector {
  public readonly found: ApiReference[] = [];

  public add(facet: ApiReferenceFacet, fieldPath: string, name?: string, sinceMinor?: number): void {
    const { kind, sinceMinor: facetSince } = PER_FACET[facet];
    const what = name === undefined || name === '' ? `a ${kind}` : `${kind} "${name}"`;
    this.found.push({ facet, fieldPath, what, sinceMinor: sinceMinor ?? facetSince });
  }
}

function containerReferences(out: Collector, spec: JsonRecord, specPath: string): void {
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    for (const container of recordsAt(spec, list)) {
      const path = index(child(specPath, list), container.index);
      for (const from of recordsAt(container.value, 'envFrom')) {
        const at = index(child(path, 'envFrom'), from.index);
        const secret = recordAt(from.value, 'secretRef');
        if (secret) out.add('secret', child(at, 'secretRef'), stringAt(secret, 'name'));
        const configMap = recordAt(from.value, 'configMapRef');
        if (configMap) out.add('config-map', child(at, 'configMapRef'), stringAt(configMap, 'name'));
      }
      for (const env of recordsAt(container.value, 'env')) {
        const at = child(index(child(path, 'env'), env.index), 'valueFrom');
        const valueFrom = recordAt(env.value, 'valueFrom');
        const secret = recordAt(valueFrom, 'secretKeyRef');
        if (secret) out.add('secret', child(at, 'secretKeyRef'), stringAt(secret, 'name'));
        const configMap = recordAt(valueFrom, 'configMapKeyRef');
        if (configMap) out.add('config-map', child(at, 'configMapKeyRef'), stringAt(configMap, 'name'));
      }
    }
  }
}

function projectedReferences(out: Collector, projected: JsonRecord, path: string): void {
  for (const source of recordsAt(projected, 'sources')) {
    const at = index(child(path, 'sources'), source.index);
    const secret = recordAt(source.value, 'secret');
    if (secret) out.add('secret', child(at, 'secret'), stringAt(secret, 'name'));
    const configMap = recordAt(source.value, 'configMap');
    if (configMap) out.add('config-map', child(at, 'configMap'), stringAt(configMap, 'name'));
    if (recordAt(source.value, 'serviceAccountToken')) out.add('service-account-token', child(at, 'serviceAccountToken'));
    const bundle = recordAt(source.value, 'clusterTrustBundle');
    if (bundle) out.add('cluster-trust-bundle', child(at, 'clusterTrustBundle'), stringAt(bundle, 'name'));
    if (recordAt(source.value, 'podCertificate')) out.add('pod-certificate', child(at, 'podCertificate'));
  }
}

function volumeReferences(out: Collector, spec: JsonRecord, specPath: string): void {
  for (const volume of recordsAt(spec, 'volumes')) {
    const path = index(child(specPath, 'volumes'), volume.index);
    const v = volume.value;
    const secret = recordAt(v, 'secret');
    if (secret) out.add('secret', child(path, 'secret'), stringAt(secret, 'secretName'));
    const configMap = recordAt(v, 'configMap');
    if (configMap) out.add('config-map', child(path, 'configMap'), stringAt(configMap, 'name'));
    const azureFile = recordAt(v, 'azureFile');
    if (azureFile) out.add('secret', child(path, 'azureFile.secretName'), stringAt(azureFile, 'secretName'));
    for (const source of SECRET_REF_SOURCES) {
      const ref = recordAt(recordAt(v, source), 'secretRef');
      if (ref) out.add('secret', child(path, `${source}.secretRef`), stringAt(ref, 'name'));
    }
    const csi = recordAt(v, 'csi');
    if (csi) {
      const ref = recordAt(csi, 'nodePublishSecretRef');
      if (ref) out.add('secret', child(path, 'csi.nodePublishSecretRef'), stringAt(ref, 'name'));
      else out.add('csi-volume', child(path, 'csi'), stringAt(csi, 'driver'));
    }
    const claim = recordAt(v, 'persistentVolumeClaim');
    if (claim) out.add('persistent-volume-claim', child(path, 'persistentVolumeClaim'), stringAt(claim, 'claimName'));
    if (recordAt(v, 'ephemeral')) out.add('persistent-volume-claim', child(path, 'ephemeral'), undefined, PREVENT_API_REFERENCES_MINOR);
    if (recordAt(v, 'glusterfs')) out.add('glusterfs-volume', child(path, 'glusterfs'), stringAt(recordAt(v, 'glusterfs'), 'endpoints'));
    const projected = recordAt(v, 'projected');
    if (projected) projectedReferences(out, projected, child(path, 'projected'));
  }
}

/**
 * Every reference to an API object in a pod spec, in the order the fields appear in the API:
 * service account, image pull secrets, containers' env and envFrom, volumes, resource claims.
 * Untrusted input is read defensively: values of the wrong type are skipped, never thrown on.
 *
 * @param spec the pod spec (untrusted JSON)
 * @param specPath where the spec sits in its object, e.g. `spec`
 */
export function apiReferences(spec: unknown, specPath: string): ApiReference[] {
  const record = asRecord(spec);
  if (record === undefined) return [];
  const out = new Collector();
  for (const field of ['serviceAccountName', 'serviceAccount']) {
    const name = stringAt(record, field);
    if (name !== undefined && name !== '') out.add('service-account', child(specPath, field), name);
  }
  for (const pullSecret of recordsAt(record, 'imagePullSecrets')) {
    out.add('secret', index(child(specPath, 'imagePullSecrets'), pullSecret.index), stringAt(pullSecret.value, 'name'));
  }
  containerReferences(out, record, specPath);
  volumeReferences(out, record, specPath);
  for (const claim of recordsAt(record, 'resourceClaims')) {
    out.add('resource-claim', index(child(specPath, 'resourceClaims'), claim.index), stringAt(claim.value, 'name'));
  }
  return out.found;
}
