/**
 * What showlog and logsearch (001/002 Admin — Diagnostics) share: the server's own recent log lines
 * (services.recentLog).
 */

export function latest(lines: string[], n: number): string[] {
  return lines.slice(-n);
}
