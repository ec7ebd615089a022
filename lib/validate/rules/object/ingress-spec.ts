/**
 * `ingress/spec`: an Ingress has rules or a default backend; rule and TLS hosts are DNS
 * names (a leading `*.` wildcard allowed), not IP addresses; an HTTP rule has paths, each
 * with a pathType of Exact, Prefix or ImplementationSpecific and, for Exact and Prefix, an
 * absolute path without `//`, `/./`, `/../`, `%2f` or a trailing `/.` or `/..`; each
 * backend is a service (a DNS-1035 name and a port number 1–65535 or an IANA port name,
 * not both) or a resource, not both; ingressClassName is a DNS subdomain.
 */
import { isIP } from 'node:net';
import { childPath, indexPath } from '../../field-path';
import { getArray, getInt, getObject, getString, isObject } from '../../primitives/access';
import { checkDns1035Label, checkDns1123Subdomain, checkIanaSvcName, DNS1123_SUBDOMAIN_MAX } from '../../primitives/names';
import type { ObjectRule, RuleContext } from '../../rule';

const PATH_TYPES = ['Exact', 'Prefix', 'ImplementationSpecific'];
const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];
const WILDCARD_SUBDOMAIN = /^\*\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Follows networking ValidateIngressSpec (validateIngressRules, validateHTTPIngressPath, validateIngressBackend, validateIngressTLS). */
export const ingressSpec: ObjectRule = {
  id: 'ingress/spec',
  kinds: ['Ingress'],
  check(object, ctx) {
    const spec = getObject(object, 'spec') ?? {};
    const rules = getArray(spec, 'rules') ?? [];
    const defaultBackend = getObject(spec, 'defaultBackend');
    if (rules.length === 0 && defaultBackend === undefined) {
      ctx.report({ fieldPath: 'spec', message: 'an Ingress needs rules or a defaultBackend', hint: 'add a rule with a host and paths, or set spec.defaultBackend' });
    }
    if (defaultBackend !== undefined) checkBackend(defaultBackend, 'spec.defaultBackend', ctx);
    rules.forEach((rule, i) => {
      if (!isObject(rule)) return;
      const path = indexPath('spec.rules', i);
      const host = getString(rule, 'host') ?? '';
      if (host !== '') checkHost(host, childPath(path, 'host'), ctx);
      const http = getObject(rule, 'http');
      if (http !== undefined) checkHttp(http, childPath(path, 'http'), ctx);
    });
    (getArray(spec, 'tls') ?? []).forEach((tls, i) => {
      (getArray(tls, 'hosts') ?? []).forEach((host, j) => {
        if (typeof host === 'string') checkHost(host, indexPath(childPath(indexPath('spec.tls', i), 'hosts'), j), ctx);
      });
    });
    const className = getString(spec, 'ingressClassName');
    if (className !== undefined) {
      const problem = checkDns1123Subdomain(className);
      if (problem !== undefined) ctx.report({ fieldPath: 'spec.ingressClassName', message: `ingressClassName ${JSON.stringify(className)} ${problem}`, hint: 'name an IngressClass by its metadata.name' });
    }
  },
};

function checkHost(host: string, path: string, ctx: RuleContext): void {
  let problem: string | undefined;
  if (isIP(host) !== 0) problem = 'must be a DNS name, not an IP address';
  else if (host.includes('*')) {
    if (host.length > DNS1123_SUBDOMAIN_MAX) problem = `must be no more than ${DNS1123_SUBDOMAIN_MAX} characters`;
    else if (!WILDCARD_SUBDOMAIN.test(host)) problem = "must be a wildcard DNS-1123 subdomain: '*.' followed by a lower-case DNS name (e.g. '*.example.com')";
  } else problem = checkDns1123Subdomain(host);
  if (problem !== undefined) ctx.report({ fieldPath: path, message: `host ${JSON.stringify(host)} ${problem}`, hint: "use a lower-case DNS name such as 'app.example.com' or '*.example.com'" });
}

function checkHttp(http: Record<string, unknown>, path: string, ctx: RuleContext): void {
  const paths = getArray(http, 'paths') ?? [];
  if (paths.length === 0) {
    ctx.report({ fieldPath: childPath(path, 'paths'), message: 'an HTTP rule needs at least one path', hint: 'add a path, e.g. path: /, pathType: Prefix' });
  }
  paths.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const entryPath = indexPath(childPath(path, 'paths'), i);
    const pathType = getString(entry, 'pathType');
    const value = getString(entry, 'path') ?? '';
    const valuePath = childPath(entryPath, 'path');
    if (pathType === undefined) {
      // the schema reports the missing pathType
    } else if (pathType === 'Exact' || pathType === 'Prefix') {
      const problems: string[] = [];
      if (!value.startsWith('/')) problems.push('must be an absolute path');
      if (value !== '') {
        for (const sequence of INVALID_SEQUENCES) if (value.includes(sequence)) problems.push(`must not contain '${sequence}'`);
        for (const suffix of INVALID_SUFFIXES) if (value.endsWith(suffix)) problems.push(`cannot end with '${suffix}'`);
      }
      if (problems.length > 0) ctx.report({ fieldPath: valuePath, message: `path ${JSON.stringify(value)} ${problems.join('; ')}`, hint: "use a path starting with '/', e.g. '/api'" });
    } else if (pathType === 'ImplementationSpecific') {
      if (value !== '' && !value.startsWith('/')) ctx.report({ fieldPath: valuePath, message: `path ${JSON.stringify(value)} must be an absolute path`, hint: "start the path with '/'" });
    } else {
      ctx.report({ fieldPath: childPath(entryPath, 'pathType'), message: `${JSON.stringify(pathType)} is not a supported value`, hint: `use one of: ${PATH_TYPES.join(', ')} (values are case-sensitive)` });
    }
    const backend = getObject(entry, 'backend');
    if (backend !== undefined) checkBackend(backend, childPath(entryPath, 'backend'), ctx);
  });
}

function checkBackend(backend: Record<string, unknown>, path: string, ctx: RuleContext): void {
  const service = getObject(backend, 'service');
  const resource = getObject(backend, 'resource');
  if (service !== undefined && resource !== undefined) {
    ctx.report({ fieldPath: path, message: 'a backend cannot be both a service and a resource', hint: 'keep one of them' });
    return;
  }
  if (resource !== undefined) return; // the schema checks the reference's fields
  if (service === undefined) {
    ctx.report({ fieldPath: path, message: 'a backend needs a service or a resource', hint: 'set service.name and service.port' });
    return;
  }
  const servicePath = childPath(path, 'service');
  const name = getString(service, 'name') ?? '';
  const nameProblem = name === '' ? 'is required' : checkDns1035Label(name);
  if (nameProblem !== undefined) ctx.report({ fieldPath: childPath(servicePath, 'name'), message: `service name ${JSON.stringify(name)} ${nameProblem}`, hint: 'name a Service of the same namespace' });
  const port = getObject(service, 'port');
  const portName = getString(port, 'name') ?? '';
  const portNumber = getInt(port, 'number') ?? 0;
  const portPath = childPath(servicePath, 'port');
  if (portName !== '' && portNumber !== 0) {
    ctx.report({ fieldPath: path, message: 'a service backend cannot set both port.name and port.number', hint: 'keep one of them' });
  } else if (portName !== '') {
    const problem = checkIanaSvcName(portName);
    if (problem !== undefined) ctx.report({ fieldPath: childPath(portPath, 'name'), message: `port name ${JSON.stringify(portName)} ${problem}`, hint: 'use the name of a port of the Service, or its number' });
  } else if (portNumber !== 0) {
    if (portNumber < 1 || portNumber > 65535) ctx.report({ fieldPath: childPath(portPath, 'number'), message: `port ${portNumber} is not between 1 and 65535`, hint: 'use a port of the Service' });
  } else {
    ctx.report({ fieldPath: path, message: 'a service backend needs port.name or port.number', hint: 'set service.port.number (e.g. 80) or service.port.name' });
  }
}
