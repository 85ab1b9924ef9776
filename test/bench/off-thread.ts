// The work the extension does off the page's thread, so the whole bill is visible: the offscreen
// document (where Chromium's build reads the page copy and matches it) and the service worker, each
// read as its renderer thread's CDP TaskDuration before and after a page. Both live as long as the
// browser, so the difference is that page's share.
import type { Browser, CDPSession } from 'puppeteer-core';

interface Attached {
  kind: 'offscreen' | 'worker';
  sessionId: string;
}

export interface OffThreadMs {
  offscreen: number | null;
  worker: number | null;
}

/** Talks to the extension's own targets through the browser's CDP session (non-flat sessions: the
 *  driver's page-level API has no handle on an offscreen document). */
export class OffThreadMeter {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  private attached: Attached[] = [];

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.receivedMessageFromTarget', ({ message }: { message: string }) => {
      const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
      if (reply.id !== undefined) this.pending.get(reply.id)?.(reply);
    });
  }

  static async open(browser: Browser, extensionOrigin: string): Promise<OffThreadMeter> {
    const meter = new OffThreadMeter(await browser.target().createCDPSession());
    await meter.attach(extensionOrigin);
    return meter;
  }

  /** Attaches to the extension's offscreen document and service worker, whichever are running. */
  private async attach(origin: string): Promise<void> {
    const { targetInfos } = (await this.cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; url: string; type: string }[];
    };
    for (const t of targetInfos) {
      if (!t.url.startsWith(origin)) continue;
      const kind = t.url.endsWith('/offscreen.html') ? 'offscreen' : t.type === 'service_worker' ? 'worker' : null;
      if (!kind || this.attached.some((a) => a.kind === kind)) continue;
      const { sessionId } = (await this.cdp.send('Target.attachToTarget', {
        targetId: t.targetId,
        flatten: false,
      })) as { sessionId: string };
      const ok = await this.call(sessionId, 'Performance.enable', { timeDomain: 'threadTicks' }).then(
        () => true,
        () => false,
      );
      if (ok) this.attached.push({ kind, sessionId });
    }
  }

  private call(sessionId: string, method: string, params: object = {}): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((ok, fail) => {
      this.pending.set(id, (reply) => {
        this.pending.delete(id);
        if (reply.error) fail(new Error(`${method}: ${reply.error.message}`));
        else ok(reply.result);
      });
      this.cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(fail);
    });
  }

  private async taskMsOf(kind: Attached['kind']): Promise<number | null> {
    const target = this.attached.find((a) => a.kind === kind);
    if (!target) return null;
    const result = (await this.call(target.sessionId, 'Performance.getMetrics').catch(() => null)) as {
      metrics: { name: string; value: number }[];
    } | null;
    const task = result?.metrics.find((m) => m.name === 'TaskDuration');
    return task ? task.value * 1000 : null;
  }

  /** The targets' task time so far; a target that was not running when the meter opened is
   *  looked for again, so a late offscreen document is still counted. */
  async read(origin: string): Promise<OffThreadMs> {
    if (this.attached.length < 2) await this.attach(origin);
    return { offscreen: await this.taskMsOf('offscreen'), worker: await this.taskMsOf('worker') };
  }
}

/** after − before, per target; null where either reading is missing. */
export function offThreadSpent(before: OffThreadMs, after: OffThreadMs): OffThreadMs {
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  return { offscreen: diff(before.offscreen, after.offscreen), worker: diff(before.worker, after.worker) };
}
