// The reader's own additions to the glossary: another way of writing an existing actor's name,
// or a new actor. Kept on this machine, applied at once (the background rebuilds its matcher),
// listed with a remove button each, and exportable / importable as a JSON file.

import { useMemo, useState } from 'preact/hooks';
import { ACTOR_TYPES, type ActorType } from '../core/types.ts';
import { problem, type Problem } from '../keeping/problems.ts';
import {
  aliasProblems,
  actorProblems,
  importUserGlossary,
  userGlossaryFile,
  withActor,
  withAlias,
  withoutActor,
  withoutAlias,
  type ActorDraft,
  type ActorNames,
  type UserGlossary,
} from '../keeping/user-glossary.ts';
import { DESCRIPTION_CHARS } from '../shared/limits.ts';
import type { OptionsApi } from './api.ts';
import { FileActions, Problems, Status, pickedText } from './parts.tsx';

const RESULTS = 8;

/** For searching only (never for matching): no case, no diacritics, so that "tap can binh" finds
 *  "Tập Cận Bình" on a keyboard without a Vietnamese input method. */
export function searchKey(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface Choice {
  id: string;
  name: string;
  type: ActorType;
}

/** Actors whose name, Latin name or aliases contain the query; names that start with it first. */
export function searchActors(actors: readonly ActorNames[], user: UserGlossary, query: string): Choice[] {
  const q = searchKey(query);
  if (!q) return [];
  const all: (Choice & { forms: string[] })[] = [
    ...actors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      forms: [a.name, a.latin ?? '', ...a.aliases.map((s) => (typeof s === 'string' ? s : s.text))],
    })),
    ...user.actors.map((a) => ({ id: a.id, name: a.name, type: a.type, forms: [a.name, ...a.aliases] })),
  ];
  const scored = all
    .map((a) => {
      const keys = a.forms.filter(Boolean).map(searchKey);
      const rank = keys.some((k) => k.startsWith(q)) ? 0 : keys.some((k) => k.includes(q)) ? 1 : 2;
      return { a, rank };
    })
    .filter((x) => x.rank < 2)
    .sort((x, y) => x.rank - y.rank || x.a.name.localeCompare(y.a.name, 'vi'));
  return scored.slice(0, RESULTS).map(({ a }) => ({ id: a.id, name: a.name, type: a.type }));
}

interface Props {
  api: OptionsApi;
  actors: readonly ActorNames[];
  user: UserGlossary;
  onUser: (next: UserGlossary) => Promise<void>;
  now?: () => Date;
  /** A new actor to fill the form with (src/keeping/glossary-draft.ts: the card's "add to my glossary"). */
  draft?: ActorDraft | null;
}

export function GlossarySection({ api, actors, user, onUser, now = () => new Date(), draft = null }: Props) {
  const { t } = api;
  const [status, setStatus] = useState('');
  const [fileProblems, setFileProblems] = useState<Problem[]>([]);
  const nameOf = useMemo(() => {
    const names = new Map<string, string>([
      ...actors.map((a) => [a.id, a.name] as const),
      ...user.actors.map((a) => [a.id, a.name] as const),
    ]);
    return (id: string) => names.get(id) ?? id;
  }, [actors, user]);

  const save = async (next: UserGlossary, message: string) => {
    await onUser(next);
    setStatus(message);
  };

  const exportFile = () => {
    const at = now();
    api.download(
      `boi-canh-tu-dien-${at.toISOString().slice(0, 10)}.json`,
      JSON.stringify(userGlossaryFile(user, at), null, 2),
    );
    setStatus(t('optGlossaryExported'));
  };

  const importFile = async (input: HTMLInputElement) => {
    const picked = await pickedText(input);
    if (picked === null) return;
    const result = picked.ok ? importUserGlossary(picked.text, actors, user) : picked;
    if (!result.ok) {
      setFileProblems(result.problems);
      setStatus(t('optImportRejected', [picked.name]));
      return;
    }
    setFileProblems([]);
    await save(result.user, t('optGlossaryImported', [String(result.added)]));
  };

  const empty = user.aliases.length === 0 && user.actors.length === 0;
  return (
    <section aria-labelledby="glossary-heading">
      <h2 id="glossary-heading">{t('optGlossary')}</h2>
      <p class="help">{t('optGlossaryHelp')}</p>
      <AliasForm
        api={api}
        actors={actors}
        user={user}
        onAdd={(next, alias, id) => save(next, t('optAliasAdded', [alias, nameOf(id)]))}
      />
      <ActorForm
        api={api}
        actors={actors}
        user={user}
        draft={draft}
        onAdd={(next, name) => save(next, t('optActorAdded', [name]))}
      />
      <h3 id="additions-heading">{t('optAdditions')}</h3>
      {empty ? (
        <p class="help">{t('optNoAdditions')}</p>
      ) : (
        <ul class="additions" aria-labelledby="additions-heading">
          {user.aliases.map((a, i) => (
            <li key={`alias-${i}`}>
              <span>{t('optAliasOf', [a.alias, nameOf(a.actorId)])}</span>
              <button
                type="button"
                class="quiet"
                aria-label={t('optRemoveAliasLabel', [a.alias])}
                onClick={() => void save(withoutAlias(user, i), t('optRemoved', [a.alias]))}
              >
                {t('optRemove')}
              </button>
            </li>
          ))}
          {user.actors.map((a) => (
            <li key={a.id}>
              <span>
                <strong>{a.name}</strong> ({t(`type_${a.type}`)})
                {a.aliases.length > 0 && <> · {a.aliases.join(', ')}</>}
                {a.description && <span class="meta">{a.description}</span>}
              </span>
              <button
                type="button"
                class="quiet"
                aria-label={t('optRemoveActorLabel', [a.name])}
                onClick={() => void save(withoutActor(user, a.id), t('optRemoved', [a.name]))}
              >
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FileActions
        t={t}
        importId="glossary-import"
        describedBy="glossary-file-problems"
        canExport={!empty}
        onExport={exportFile}
        onImport={importFile}
      />
      <Problems id="glossary-file-problems" problems={fileProblems} t={t} />
      <Status id="glossary-status" text={status} />
    </section>
  );
}

interface FormProps {
  api: OptionsApi;
  actors: readonly ActorNames[];
  user: UserGlossary;
}

function AliasForm({
  api,
  actors,
  user,
  onAdd,
}: FormProps & { onAdd: (next: UserGlossary, alias: string, id: string) => Promise<void> }) {
  const { t } = api;
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<Choice | null>(null);
  const [alias, setAlias] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const results = useMemo(() => searchActors(actors, user, query), [actors, user, query]);

  const submit = (e: Event) => {
    e.preventDefault();
    const found = aliasProblems(actors, user, chosen?.id ?? '', alias);
    setProblems(found);
    if (found.length || !chosen) return;
    onAdd(withAlias(user, chosen.id, alias), alias.trim(), chosen.id)
      .then(() => setAlias(''))
      .catch((error: unknown) => setProblems([problem('saveFailed', '', String(error))]));
  };

  return (
    <form class="card-form" onSubmit={submit} noValidate aria-labelledby="alias-form-heading">
      <h3 id="alias-form-heading">{t('optAddAlias')}</h3>
      <div class="field">
        <label for="actor-search">{t('optActorSearch')}</label>
        <input
          id="actor-search"
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby="actor-search-help"
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <p id="actor-search-help" class="help">
          {chosen ? t('optActorChosen', [chosen.name]) : t('optActorSearchHelp')}
        </p>
      </div>
      {query.trim() !== '' && (
        <fieldset class="results">
          <legend>{t('optActorResults')}</legend>
          {results.length === 0 && <p class="help">{t('optActorNoResults')}</p>}
          {results.map((r) => (
            <div class="choice" key={r.id}>
              <input
                id={`pick-${r.id}`}
                type="radio"
                name="actor-pick"
                value={r.id}
                checked={chosen?.id === r.id}
                onChange={() => setChosen(r)}
              />
              <label for={`pick-${r.id}`}>
                {r.name} <span class="meta">({t(`type_${r.type}`)})</span>
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <div class="field">
        <label for="alias-input">{t('optAliasInput')}</label>
        <input
          id="alias-input"
          type="text"
          autoComplete="off"
          value={alias}
          aria-describedby="alias-problems"
          aria-invalid={problems.length > 0}
          onInput={(e) => setAlias(e.currentTarget.value)}
        />
      </div>
      <Problems id="alias-problems" problems={problems} t={t} withPath={false} />
      <button type="submit">{t('optAddAliasButton')}</button>
    </form>
  );
}

function ActorForm({
  api,
  actors,
  user,
  draft,
  onAdd,
}: FormProps & { draft: ActorDraft | null; onAdd: (next: UserGlossary, name: string) => Promise<void> }) {
  const { t } = api;
  const [type, setType] = useState(draft?.type ?? 'person');
  const [name, setName] = useState(draft?.name ?? '');
  const [aliases, setAliases] = useState(draft?.aliases.join('\n') ?? '');
  const [description, setDescription] = useState(draft?.description ?? '');
  const [problems, setProblems] = useState<Problem[]>([]);

  const submit = (e: Event) => {
    e.preventDefault();
    const draft = { type, name, aliases: aliases.split('\n'), description };
    const found = actorProblems(actors, user, draft);
    setProblems(found);
    if (found.length) return;
    const next = withActor(actors, user, draft);
    onAdd(next.user, next.actor.name)
      .then(() => {
        setName('');
        setAliases('');
        setDescription('');
      })
      .catch((error: unknown) => setProblems([problem('saveFailed', '', String(error))]));
  };

  const invalid = (path: string) => problems.some((p) => p.path === path || p.path.startsWith(`${path}[`));
  return (
    <form class="card-form" onSubmit={submit} noValidate aria-labelledby="actor-form-heading">
      <h3 id="actor-form-heading">{t('optAddActor')}</h3>
      <div class="field">
        <label for="actor-type">{t('optActorType')}</label>
        <select id="actor-type" value={type} onChange={(e) => setType(e.currentTarget.value)}>
          {ACTOR_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {t(`type_${ty}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="actor-name">{t('optActorName')}</label>
        <input
          id="actor-name"
          type="text"
          autoComplete="off"
          // Arriving from a card: the reader's eyes go to the name they are about to add.
          // biome-ignore lint/a11y/noAutofocus: focus follows the reader's own click on the card, not a page load
          autoFocus={draft !== null}
          value={name}
          aria-describedby="actor-problems"
          aria-invalid={invalid('name')}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="actor-aliases">{t('optActorAliases')}</label>
        <textarea
          id="actor-aliases"
          rows={3}
          value={aliases}
          aria-describedby="actor-aliases-help actor-problems"
          aria-invalid={invalid('aliases')}
          onInput={(e) => setAliases(e.currentTarget.value)}
        />
        <p id="actor-aliases-help" class="help">
          {t('optActorAliasesHelp')}
        </p>
      </div>
      <div class="field">
        <label for="actor-description">{t('optActorDescription')}</label>
        <textarea
          id="actor-description"
          rows={3}
          maxLength={DESCRIPTION_CHARS + 50}
          value={description}
          aria-describedby="actor-problems"
          aria-invalid={invalid('description')}
          onInput={(e) => setDescription(e.currentTarget.value)}
        />
      </div>
      <Problems id="actor-problems" problems={problems} t={t} withPath={false} />
      <button type="submit">{t('optAddActorButton')}</button>
    </form>
  );
}
