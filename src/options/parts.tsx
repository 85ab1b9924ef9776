// Small pieces every section uses: the list of problems (what was wrong, in words), a status
// line read out politely by screen readers, and the export / import buttons of a JSON file.

import type { ComponentChildren } from 'preact';
import type { Translate } from '../shared/i18n.ts';
import { describeProblem, fileSizeProblem, type Problem } from '../keeping/problems.ts';

/** Problems are shown when they exist (a form's without their path: the field is right there); the element is always there so that aria-describedby and
 *  the live region work from the first message on. */
export function Problems({
  id,
  problems,
  t,
  withPath = true,
}: {
  id: string;
  problems: readonly Problem[];
  t: Translate;
  withPath?: boolean;
}) {
  return (
    <div id={id} class="problems" role="alert">
      {problems.length > 0 && (
        <ul>
          {problems.slice(0, 50).map((p, i) => (
            <li key={i}>{describeProblem(t, withPath ? p : { ...p, path: '' })}</li>
          ))}
          {problems.length > 50 && <li>{t('optMoreProblems', [String(problems.length - 50)])}</li>}
        </ul>
      )}
    </div>
  );
}

export function Status({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} class="status" role="status">
      {text}
    </p>
  );
}

/** A file the reader picked: its name (for the status line) and its text, or why it was not read. */
export type PickedFile = { ok: true; name: string; text: string } | { ok: false; name: string; problems: Problem[] };

/** Reads a file the reader picked, or null when they picked none. A file over IMPORT_FILE_BYTES is
 *  refused by its size, before it is read into memory. */
export async function pickedText(input: HTMLInputElement): Promise<PickedFile | null> {
  const file = input.files?.[0];
  if (!file) return null;
  try {
    const size = fileSizeProblem(file.size);
    if (size) return { ok: false, name: file.name, problems: [size] };
    return { ok: true, name: file.name, text: await file.text() };
  } finally {
    // The same file picked again must fire `change` again.
    input.value = '';
  }
}

/** "Export as JSON" and "Import from JSON" side by side; the file input is visually a button,
 *  and its problems are described by `describedBy`. Extra buttons of the row go in `children`. */
export function FileActions(props: {
  t: Translate;
  importId: string;
  describedBy: string;
  canExport: boolean;
  onExport: () => void;
  onImport: (input: HTMLInputElement) => Promise<void>;
  children?: ComponentChildren;
}) {
  const { t } = props;
  return (
    <div class="actions">
      <button type="button" onClick={props.onExport} disabled={!props.canExport}>
        {t('optExport')}
      </button>
      <span class="file-button">
        <input
          id={props.importId}
          type="file"
          accept="application/json,.json"
          aria-describedby={props.describedBy}
          onChange={(e) => void props.onImport(e.currentTarget)}
        />
        <label for={props.importId}>{t('optImport')}</label>
      </span>
      {props.children}
    </div>
  );
}
