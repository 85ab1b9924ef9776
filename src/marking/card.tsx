// The hover card: who or what a marked name is, the role the corpus gives it (as of when, from
// which story), a one-line description, how often the corpus mentions it, and a way into the side
// panel; for an institution read from its name, its state one click away. Rendered with Preact into a closed shadow root (see src/marking/card-host.ts).
//
// The root is a non-modal dialog because it holds a button; its accessible name is the actor's
// display name alone, so a screen reader announces "Vladimir Putin", not a sentence.
//
// As a sheet on a phone (opened by a tap, src/marking/sheet-styles.ts) it also has a close button: a
// sheet covers part of the page, and a screen reader's user has no "tap elsewhere".

import { useState } from 'preact/hooks';
import type { OpenPanelReply } from '../protocol/messages.ts';
import type { ActorCard } from '../shared/page-data.ts';
import { roleWhen, type Translate } from '../shared/i18n.ts';
import type { CardLayout } from './sheet-styles.ts';

/** What the card's buttons ask of the page it sits on. */
export interface CardActions {
  /** Asks for the side panel on this actor. When the answer is "hint" (Firefox opens its sidebar
   *  only from its own controls, and it is closed), the card says how to open it. */
  openPanel: (actorId: string) => Promise<OpenPanelReply> | undefined;
  /** A person read from an article: the options page, with the name and title filled in, for
   *  the reader to check and add. */
  addToGlossary?: (name: string, title: string) => void;
}

export interface CardProps {
  card: ActorCard;
  t: Translate;
  actions: CardActions;
  /** Beside the name (the default) or a sheet at the bottom of the screen. */
  layout?: CardLayout;
  /** Closes the card: given for a sheet, which then shows a close button. */
  onClose?: () => void;
}

/** Latin and original-script names that differ from the display name. */
function otherNames(card: ActorCard): string[] {
  const names = [card.latin, card.original].filter((n): n is string => Boolean(n) && n !== card.name);
  return [...new Set(names)];
}

function RoleLine({ card, t, locale }: { card: ActorCard; t: Translate; locale: string }) {
  const role = card.role;
  // A person remembered from an earlier article with no title there still has that article.
  if (!role || (!role.title && !role.story)) return null;
  const story = role.story;
  const when = roleWhen(role, t, locale);
  return (
    <div class="role">
      {role.title ? (
        <div>
          <span class="role-title">{locale === 'en' && role.en ? role.en : role.title}</span>
          {when ? <span class="as-of">{` · ${when}`}</span> : null}
        </div>
      ) : null}
      {story?.headline ? (
        <div class="source">
          {story.outlet ? t('cardSourceOutlet', [story.headline, story.outlet]) : t('cardSource', [story.headline])}
        </div>
      ) : role.record ? (
        <div class="source">{t('sourceRecord')}</div>
      ) : null}
    </div>
  );
}

/** An institution's state, one click away: the button opens the side panel on it. */
function CountryLine({ country, t, open }: { country: ActorCard; t: Translate; open: (actorId: string) => void }) {
  return (
    <div class="country">
      {t('cardCountry')}{' '}
      <button
        type="button"
        class="country-link"
        aria-label={t('cardOpenCountry', [country.name])}
        onClick={() => open(country.id)}
      >
        {country.name}
      </button>
    </div>
  );
}

export function Card({ card, t, actions, layout = 'beside', onClose }: CardProps) {
  const [hint, setHint] = useState(false);
  const open = (actorId = card.id) => {
    const answer = actions.openPanel(actorId);
    if (answer) void answer.then((r) => setHint(r.shown === 'hint'));
  };
  const locale = t('cardLocale') === 'en' ? 'en' : 'vi';
  const description = locale === 'en' ? card.description.en || card.description.vi : card.description.vi;
  const names = otherNames(card);
  return (
    <div class="card" role="dialog" aria-label={card.name} data-type={card.type} data-layout={layout} lang={locale}>
      <div class="type">{t(`type_${card.type}`)}</div>
      <div class="name">{card.name}</div>
      {names.length ? <div class="latin">{names.join(' · ')}</div> : null}
      <RoleLine card={card} t={t} locale={locale} />
      {card.introduced ? <div class="source">{t(card.remembered ? 'cardRemembered' : 'cardIntroduced')}</div> : null}
      {description ? <p class="description">{description}</p> : null}
      {card.composed ? <div class="source">{t('cardComposed')}</div> : null}
      {card.country ? <CountryLine country={card.country} t={t} open={open} /> : null}
      {card.storyCount > 0 ? (
        <div class="count">
          {card.storyCount === 1 ? t('cardStoryCountOne') : t('cardStoryCount', [String(card.storyCount)])}
        </div>
      ) : null}
      <button type="button" class="open-panel" onClick={() => open()}>
        {t('cardOpenPanel')}
      </button>
      {card.introduced && actions.addToGlossary ? (
        <button
          type="button"
          class="add-to-glossary"
          onClick={() => actions.addToGlossary?.(card.name, card.role?.title ?? '')}
        >
          {t('cardAddToGlossary')}
        </button>
      ) : null}
      {onClose ? (
        <button type="button" class="close" onClick={() => onClose()}>
          {t('cardClose')}
        </button>
      ) : null}
      {hint ? (
        // Styled like the count line (card-styles.ts): a quiet note, not an error.
        <div class="count hint" role="status">
          {t('cardPanelHint')}
        </div>
      ) : null}
    </div>
  );
}
