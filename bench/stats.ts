// Small helpers shared by the benchmarks: percentiles, the machine line and plain-text tables.
import { cpus, loadavg, totalmem } from 'node:os';

/** The value at quantile q (0..1) of the numbers, nearest-rank on a sorted copy. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The median (the 0.5 quantile, nearest rank). */
export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** CPU model, cores, memory and Node version, for the header of every table. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  return `${cpu.trim()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load average ${load}`;
}

/** A Markdown table (so the output can be pasted into docs/benchmarks.md). */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Milliseconds with one decimal. */
export function ms(value: number): string {
  return value.toFixed(1);
}

/** Bytes as MB (10^6) without decimals. */
export function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(0);
}

/** `--articles=N`: how many of the 37,054 indexed articles the latency and HTTP benchmarks index, or null for the mode's default. */
export function articleCountOption(argv: readonly string[] = process.argv): number | null {
  const value = argv.find((arg) => arg.startsWith('--articles='))?.slice('--articles='.length);
  return value === undefined ? null : Number(value);
}

/** True when the command line asks for the full mode. */
export function isFullMode(argv: readonly string[] = process.argv): boolean {
  return argv.includes('--full');
}
