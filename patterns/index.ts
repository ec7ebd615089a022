/**
 * Multi-container patterns for podsmith pods and workloads: {@link Sidecar}, {@link Adapter}
 * and {@link Ambassador}, and ready-made ones built on them. Published as `podsmith/patterns`.
 *
 * @module podsmith/patterns
 */
export { Adapter, sourceUrl, type AdapterProps, type AdapterSource, type LocalPortSource, type ScrapeOptions, type VolumeSource } from './adapter';
export { Ambassador, type AmbassadorProps } from './ambassador';
export { Handoff, type HandoffResult } from './handoff';
export { FLUENT_BIT_IMAGE, LogShipper, type FluentBitOutput, type LogShipperProps } from './log-shipper';
export { findPodHost, isPodHost } from './pod-host';
export { NGINX_EXPORTER_IMAGE, PrometheusExporter, type PrometheusExporterProps } from './prometheus-exporter';
export { RedisAmbassador, SOCAT_IMAGE, type RedisAmbassadorProps } from './redis-ambassador';
export type { SharedVolume } from './shared-volume';
export { NATIVE_SIDECAR_MINOR, Sidecar, type SidecarContainerProps, type SidecarProps } from './sidecar';
