// How marks look in the page and how long the pointer rests before a card opens.

import { useEffect, useState } from 'preact/hooks';
import type { Problem } from '../keeping/problems.ts';
import {
  HOVER_DELAY_MAX,
  HOVER_DELAY_MIN,
  MARK_STYLES,
  hoverDelayProblem,
  type MarkStyle,
  type Settings,
} from '../keeping/settings.ts';
import type { MessageKey } from '../shared/i18n.ts';
import type { OptionsApi } from './api.ts';
import { Problems } from './parts.tsx';

const STYLE_KEYS: Record<MarkStyle, MessageKey> = {
  'tint-underline': 'optMarkTintUnderline',
  underline: 'optMarkUnderline',
  background: 'optMarkBackground',
  off: 'optMarkOff',
};

interface Props {
  api: OptionsApi;
  settings: Settings;
  onSettings: (next: Settings) => void;
}

export function DisplaySection({ api, settings, onSettings }: Props) {
  const { t } = api;
  const [delay, setDelay] = useState(String(settings.hoverDelayMs));
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => setDelay(String(settings.hoverDelayMs)), [settings.hoverDelayMs]);

  const commitDelay = () => {
    const found = hoverDelayProblem(delay);
    setProblems(found ? [found] : []);
    if (!found && Number(delay) !== settings.hoverDelayMs)
      onSettings({ ...settings, hoverDelayMs: Number(delay.trim()) });
  };

  return (
    <section aria-labelledby="display-heading">
      <h2 id="display-heading">{t('optDisplay')}</h2>
      <fieldset>
        <legend>{t('optMarkStyle')}</legend>
        {MARK_STYLES.map((style) => (
          <div class="choice" key={style}>
            <input
              id={`mark-${style}`}
              type="radio"
              name="mark-style"
              value={style}
              checked={settings.markStyle === style}
              onChange={() => onSettings({ ...settings, markStyle: style })}
            />
            <label for={`mark-${style}`}>
              {t(STYLE_KEYS[style])}{' '}
              {style !== 'off' && (
                <span class={`sample sample-${style}`} aria-hidden="true">
                  {t('optMarkSample')}
                </span>
              )}
            </label>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="hover-delay">{t('optHoverDelay')}</label>
        <div class="row">
          <input
            id="hover-delay"
            type="number"
            min={HOVER_DELAY_MIN}
            max={HOVER_DELAY_MAX}
            step={50}
            inputMode="numeric"
            value={delay}
            aria-describedby="hover-delay-help hover-delay-problems"
            aria-invalid={problems.length > 0}
            onInput={(e) => setDelay(e.currentTarget.value)}
            onChange={commitDelay}
            onBlur={commitDelay}
          />
          <span aria-hidden="true">{t('optMs')}</span>
        </div>
        <p id="hover-delay-help" class="help">
          {t('optHoverDelayHelp', [String(HOVER_DELAY_MIN), String(HOVER_DELAY_MAX)])}
        </p>
        <Problems id="hover-delay-problems" problems={problems} t={t} withPath={false} />
      </div>
    </section>
  );
}
