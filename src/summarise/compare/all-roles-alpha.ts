// Krippendorff's alpha on the ordinal and interval metrics, each with its bootstrap interval, or
// null with the reason in words where the data cannot give one.
import { bootstrapAlpha } from '../../statistics/krippendorff-bootstrap.js';
import { krippendorffAlpha, type Metric, type ReliabilityData } from '../../statistics/krippendorff.js';

export interface AlphaFigure {
  value: number | null;
  interval: [number, number] | null;
  /** Why the value, or else the interval, is null; null where both are given. */
  reason: string | null;
}

function alphaFigure(data: ReliabilityData, metric: Metric, bootstrap: { resamples: number; seed: number; level: number }): AlphaFigure {
  const alpha = krippendorffAlpha(data, metric);
  if (alpha.value === null) return { value: null, interval: null, reason: alpha.reason };
  const boot = bootstrapAlpha(data, metric, bootstrap);
  if (boot.value === null) return { value: alpha.value, interval: null, reason: `no interval (${boot.reason})` };
  return { value: alpha.value, interval: boot.value.interval, reason: null };
}

export function alphaFigures(
  data: ReliabilityData,
  bootstrap: { resamples: number; seed: number; level: number },
): { ordinal: AlphaFigure; interval: AlphaFigure } {
  return { ordinal: alphaFigure(data, 'ordinal', bootstrap), interval: alphaFigure(data, 'interval', bootstrap) };
}
