// What the main-thread benchmark installs in every page before the page's first script: a Long
// Tasks observer, the page's load times, and a poll that notes when marks first appear, ours (CSS highlights) or the common
// way's (its report on <html>). The same in every variant, so its small cost cancels out; what it
// costs is counted (polls, ms) and printed.
import { NAME_SHIM } from '../../tools/browsers/page.ts';

export const PROBE_POLL_MS = 25;
/** The binding the probe calls once, when its variant is done: no polling from the benchmark. */
export const DONE_BINDING = '__mainThreadDone';

export interface ProbeResult {
  /** performance.now() (ms from navigation start) when DOMContentLoaded and load had run. */
  domContentLoaded: number;
  load: number;
  /** When the poll first saw marks, ours or the common way's; null when it stopped at load. */
  marksSeenAt: number | null;
  longTasks: { start: number; duration: number }[];
  polls: number;
  pollMs: number;
}

export interface ProbeConfig {
  pollMs: number;
  /** The variant shows no marks (page alone): done at load. */
  doneAtLoad: boolean;
  highlightPrefix: string;
  commonWayAttribute: string;
  binding: string;
  /** Done after this many ms from navigation even with no marks (null: wait for them). */
  giveUpMs: number | null;
}

/** Runs in the page's main world at document start. Serialized with toString. */
function probe(config: ProbeConfig): void {
  const state: ProbeResult = { domContentLoaded: 0, load: 0, marksSeenAt: null, longTasks: [], polls: 0, pollMs: 0 };
  const scope = globalThis as unknown as Record<string, (json: string) => void>;
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    clearInterval(timer);
    // Observers deliver asynchronously: let the last entries arrive before reporting.
    setTimeout(() => scope[config.binding]?.(JSON.stringify(state)), 300);
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // (Long Animation Frames would name scripts, but Chromium leaves content scripts out of them.)
  addEventListener('DOMContentLoaded', () => (state.domContentLoaded = performance.now()));
  addEventListener('load', () => {
    state.load = performance.now();
    if (config.doneAtLoad) finish();
  });
  const oursPainted = (): boolean => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    let found = false;
    registry?.forEach((h, name) => {
      if (name.startsWith(config.highlightPrefix) && h.size > 0) found = true;
    });
    return found;
  };
  const commonWayDone = (): boolean => document.documentElement?.hasAttribute(config.commonWayAttribute) ?? false;
  if (config.giveUpMs !== null) setTimeout(finish, Math.max(0, config.giveUpMs - performance.now()));
  const timer = setInterval(() => {
    const start = performance.now();
    state.polls++;
    if (oursPainted() || commonWayDone()) {
      state.marksSeenAt = start;
      finish();
    }
    state.pollMs += performance.now() - start;
  }, config.pollMs);
}

export function probeScript(config: Omit<ProbeConfig, 'pollMs' | 'binding'>): string {
  const full: ProbeConfig = { ...config, pollMs: PROBE_POLL_MS, binding: DONE_BINDING };
  return `(() => { ${NAME_SHIM} (${probe.toString()})(${JSON.stringify(full)}); })();`;
}
