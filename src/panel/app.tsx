// The panel application: decides which tab it describes (the one in `?tabId=N`, else the active
// tab of its window, followed as the reader switches), loads that tab's reading from the
// background, the glossary and the reading history, and re-loads when the background says the tab
// changed. All browser access goes through a PanelSource, so tests can drive the app.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Glossary } from '../core/types.ts';
import type { Translate } from '../shared/i18n.ts';
import type { HistoryEntry } from '../keeping/history.ts';
import type { PanelTabReply, ShowMentionReply } from '../protocol/messages.ts';
import { PanelView, type FocusRequest, type PanelState } from './view.tsx';

/** A request made this long ago is still the reader's (the panel takes a moment to open). */
export const FOCUS_FRESH_MS = 60_000;

export interface PanelSource {
  /** The tab named in the address (`?tabId=N`), or null to follow the active tab. */
  fixedTabId: number | null;
  activeTabId(): Promise<number | null>;
  /** Calls back when the active tab of the panel's window changes; returns the unsubscribe. */
  onActiveTab(callback: (tabId: number) => void): () => void;
  tab(tabId: number): Promise<PanelTabReply>;
  onTabChanged(callback: (tabId: number) => void): () => void;
  onFocusActor(callback: (tabId: number, actorId: string) => void): () => void;
  glossary(): Promise<Glossary>;
  history(): Promise<HistoryEntry[]>;
  showMention(tabId: number, actorId: string, index: number): Promise<ShowMentionReply>;
  readerUrl(storyId: string): string;
  now(): number;
}

export interface PanelAppProps {
  source: PanelSource;
  t: Translate;
  locale: 'vi' | 'en';
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function PanelApp({ source, t, locale }: PanelAppProps) {
  const [tabId, setTabId] = useState<number | null>(source.fixedTabId);
  const [state, setState] = useState<PanelState>({ kind: 'loading' });
  const [glossary, setGlossary] = useState<Glossary | null>(null);
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const lastFocusAt = useRef(0);
  const seq = useRef(0);
  const current = useRef<number | null>(tabId);
  current.current = tabId;

  const requestFocus = (actorId: string) => setFocus({ actorId, seq: ++seq.current });

  useEffect(() => {
    source.glossary().then(setGlossary, (e: unknown) => console.warn('[Bối cảnh] panel: glossary:', e));
    if (source.fixedTabId !== null) return undefined;
    source.activeTabId().then(
      (id) => {
        if (id === null) setState({ kind: 'unread' });
        else setTabId(id);
      },
      (e: unknown) => setState({ kind: 'error', message: reason(e) }),
    );
    return source.onActiveTab(setTabId);
  }, []);

  const load = async (id: number) => {
    try {
      const reply = await source.tab(id);
      if (current.current !== id) return; // the reader moved on meanwhile
      setState(
        reply.reading
          ? { kind: 'reading', reading: reply.reading }
          : reply.notRead
            ? { kind: 'not-read', reason: reply.notRead }
            : { kind: 'unread' },
      );
      const f = reply.focus;
      if (f && f.at > lastFocusAt.current && source.now() - f.at < FOCUS_FRESH_MS) {
        lastFocusAt.current = f.at;
        requestFocus(f.actorId);
      }
    } catch (e) {
      if (current.current === id) setState({ kind: 'error', message: reason(e) });
    }
    source.history().then(setHistory, (e: unknown) => console.warn('[Bối cảnh] panel: history:', e));
  };

  useEffect(() => {
    if (tabId === null) return undefined;
    setState({ kind: 'loading' });
    void load(tabId);
    const offChanged = source.onTabChanged((id) => id === tabId && void load(id));
    const offFocus = source.onFocusActor((id, actorId) => {
      if (id !== tabId) return;
      lastFocusAt.current = source.now();
      requestFocus(actorId);
    });
    return () => {
      offChanged();
      offFocus();
    };
  }, [tabId]);

  const ctx = {
    t,
    locale,
    glossary,
    showMention: (actorId: string, index: number) =>
      tabId === null
        ? Promise.resolve<ShowMentionReply>({ ok: false, reason: 'no tab' })
        : source.showMention(tabId, actorId, index),
    readerUrl: source.readerUrl,
  };
  return <PanelView state={state} history={history} focus={focus} ctx={ctx} />;
}
