import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TFunction } from 'i18next';
import type { Location } from '../../core/types.js';
import { idRefs, type DomIds } from './dom-ids.js';
import { summariseOpeningHours } from './opening-hours.js';
import { renderMissing } from './states.js';

export interface LocationListView {
  t: TFunction;
  lang: string;
  locations: readonly Location[];
  selectedId?: string;
  /** "Continue" was pressed without a place: say so at the question. */
  missing: boolean;
  ids: DomIds;
  onChange: (event: Event) => void;
}

/** "Hvor vil du møde op?": one radio per office, with address, opening hours and access note. */
export function renderLocations(view: LocationListView): TemplateResult {
  const { t, missing } = view;
  const errorId = 'locations-error';
  return html`
    <fieldset
      class="group locations ${missing ? 'invalid' : ''}"
      part="locations"
      aria-describedby=${missing ? errorId : nothing}
    >
      <legend class="group-legend">${t('picker:locationsLegend')}</legend>
      ${missing ? renderMissing(errorId, t('picker:errorChooseLocation'), t) : nothing}
      <div class="options">
        ${repeat(
          view.locations,
          (location) => location.id,
          (location) => renderLocation(view, location),
        )}
      </div>
    </fieldset>
  `;
}

function renderLocation(view: LocationListView, location: Location): TemplateResult {
  const { t } = view;
  const id = view.ids.of('location', location.id);
  const selected = location.id === view.selectedId;
  const hours = summariseOpeningHours(location.openingHours ?? [], view.lang, t);
  const describedBy = idRefs(`${id}-address`, `${id}-hours`, location.accessibilityNote && `${id}-access`);
  return html`
    <div class="option ${selected ? 'selected' : ''}" part=${selected ? 'location location-selected' : 'location'}>
      <input
        type="radio"
        name="location"
        id=${id}
        .value=${location.id}
        .checked=${live(selected)}
        aria-describedby=${describedBy}
        @change=${view.onChange}
      />
      <label for=${id} class="option-label"><span class="option-name">${location.name}</span></label>
      <div class="option-details">
        <p id="${id}-address">
          ${t('picker:address', {
            street: location.address?.street ?? '',
            postalCode: location.address?.postalCode ?? '',
            city: location.address?.city ?? '',
          })}
        </p>
        <div id="${id}-hours" class="hours">
          <span class="hours-label">${t('picker:openingHoursLabel')}:</span>
          <span class="hours-lines" aria-hidden="true">
            ${hours.lines.map(
              (line) =>
                html`<span class="hours-line"
                  >${line.days}
                  ${line.ranges.map((range, index) => html`${index ? hours.join : ''}<span class="nowrap">${range}</span>`)}</span
                >`,
            )}
          </span>
          <span class="visually-hidden">${hours.spoken}</span>
        </div>
        ${location.accessibilityNote ? html`<p id="${id}-access" class="access">${location.accessibilityNote}</p>` : nothing}
      </div>
    </div>
  `;
}
