/**
 * The pod-bearing objects the benchmarks read and validate, as YAML text: Pods and
 * Deployments with two containers each (ports, a readiness probe, resources, labels).
 */

/** The two containers of every generated pod, indented for a pod spec at `indent` spaces. */
function containers(index: number, indent: string): string {
  return `${indent}containers:
${indent}- name: app
${indent}  image: registry.example.com/team/app:1.${index % 50}.0
${indent}  args: ["--port", "8080", "--log-level", "info"]
${indent}  ports:
${indent}  - name: http
${indent}    containerPort: 8080
${indent}    protocol: TCP
${indent}  readinessProbe:
${indent}    httpGet:
${indent}      path: /healthz
${indent}      port: http
${indent}    initialDelaySeconds: 5
${indent}    periodSeconds: 10
${indent}  resources:
${indent}    requests:
${indent}      cpu: 100m
${indent}      memory: 128Mi
${indent}    limits:
${indent}      cpu: "1"
${indent}      memory: 256Mi
${indent}- name: metrics
${indent}  image: nginx/nginx-prometheus-exporter:1.3
${indent}  ports:
${indent}  - name: metrics
${indent}    containerPort: 9113
${indent}  resources:
${indent}    requests:
${indent}      cpu: 10m
${indent}      memory: 16Mi
${indent}    limits:
${indent}      memory: 32Mi
`;
}

/** The `index`th generated object: a Pod for even indexes, a Deployment for odd ones. */
export function generatedObject(index: number): string {
  const name = `app-${index}`;
  if (index % 2 === 0) {
    return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: bench
  labels:
    app.kubernetes.io/name: ${name}
    tier: web
spec:
${containers(index, '  ')}`;
  }
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: bench
  labels:
    app.kubernetes.io/name: ${name}
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
        tier: web
    spec:
${containers(index, '      ')}`;
}
