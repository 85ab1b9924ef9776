// The reading history: how much is remembered, the latest reads, pause, export and import as a
// JSON file, and clearing it all (after a confirmation).

import { useRef, useState } from 'preact/hooks';
import { historyFile, historyFileName, parseHistoryFile, type HistoryEntry } from '../keeping/history.ts';
import { formatDate } from '../shared/i18n.ts';
import { problem, type Problem } from '../keeping/problems.ts';
import type { Settings } from '../keeping/settings.ts';
import type { OptionsApi } from './api.ts';
import { FileActions, Problems, Status, pickedText } from './parts.tsx';

const LATEST = 5;

interface Props {
  api: OptionsApi;
  settings: Settings;
  entries: readonly HistoryEntry[];
  onSettings: (next: Settings) => void;
  onHistoryChanged: () => void;
  /** The clock, for the export's date: a parameter so tests get a fixed one. */
  now?: () => Date;
}

export function HistorySection({
  api,
  settings,
  entries,
  onSettings,
  onHistoryChanged,
  now = () => new Date(),
}: Props) {
  const { t } = api;
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');
  const clearButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const exportHistory = () => {
    const at = now();
    api.download(historyFileName(at), JSON.stringify(historyFile(entries, at), null, 2));
    setStatus(t('optHistoryExported', [String(entries.length)]));
  };

  const importHistory = async (input: HTMLInputElement) => {
    const picked = await pickedText(input);
    if (picked === null) return;
    const parsed = picked.ok ? parseHistoryFile(picked.text) : picked;
    if (!parsed.ok) {
      setProblems(parsed.problems);
      setStatus(t('optImportRejected', [picked.name]));
      return;
    }
    try {
      const report = await api.importHistory(parsed.entries);
      setProblems([]);
      setStatus(t('optHistoryImported', [String(report.added), String(report.updated), String(report.total)]));
      onHistoryChanged();
    } catch (error) {
      setProblems([problem('importFailed', '', String(error))]);
    }
  };

  const clear = async () => {
    setConfirming(false);
    try {
      await api.clearHistory();
      setStatus(t('optHistoryCleared'));
      onHistoryChanged();
    } catch (error) {
      setProblems([problem('importFailed', '', String(error))]);
    }
    clearButton.current?.focus();
  };

  const askToClear = () => {
    setConfirming(true);
    // The confirmation replaces nothing; focus goes to it so a keyboard reader answers at once.
    setTimeout(() => confirmButton.current?.focus(), 0);
  };

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('optHistory')}</h2>
      <p class="help">{t('optHistoryHelp')}</p>
      <p class="count" id="history-count">
        {t('optHistoryCount', [String(entries.length)])}
      </p>
      {entries.length > 0 && (
        <>
          <h3 id="latest-heading">{t('optHistoryLatest')}</h3>
          <ul class="reads" aria-labelledby="latest-heading">
            {entries.slice(0, LATEST).map((e) => (
              <li key={e.url}>
                <a href={e.url} target="_blank" rel="noopener noreferrer">
                  {e.headline}
                </a>
                <span class="meta">
                  {[e.outlet || hostOf(e.url), e.date ? formatDate(e.date, api.locale) : '']
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="choice">
        <input
          id="history-paused"
          type="checkbox"
          checked={settings.historyPaused}
          onChange={(e) => onSettings({ ...settings, historyPaused: e.currentTarget.checked })}
        />
        <label for="history-paused">{t('optHistoryPause')}</label>
      </div>
      <FileActions
        t={t}
        importId="history-import"
        describedBy="history-problems"
        canExport={entries.length > 0}
        onExport={exportHistory}
        onImport={importHistory}
      >
        <button
          type="button"
          class="danger"
          ref={clearButton}
          onClick={askToClear}
          disabled={entries.length === 0 || confirming}
        >
          {t('optHistoryClear')}
        </button>
      </FileActions>
      {confirming && (
        // biome-ignore lint/a11y/useSemanticElements: a question and its two buttons, not a form's fieldset
        <div class="confirm" role="group" aria-labelledby="clear-question">
          <p id="clear-question">{t('optHistoryClearQuestion', [String(entries.length)])}</p>
          <div class="actions">
            <button type="button" class="danger" ref={confirmButton} onClick={() => void clear()}>
              {t('optHistoryClearConfirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => clearButton.current?.focus(), 0);
              }}
            >
              {t('optCancel')}
            </button>
          </div>
        </div>
      )}
      <Problems id="history-problems" problems={problems} t={t} />
      <Status id="history-status" text={status} />
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
