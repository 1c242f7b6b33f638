import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import meta, * as stories from '../../../stories/service-picker.stories.js';
import type { BtServicePicker } from '../../../src/components/service-picker/service-picker.js';

type StoryArgs = Record<string, unknown>;
type Render = (args: StoryArgs, context: unknown) => TemplateResult;

// Every story is a state; each must render and pass axe in Danish and English.
const entries = Object.entries(stories).filter(([name]) => name !== 'default') as Array<
  [string, { args?: StoryArgs; name?: string }]
>;

describe('bt-service-picker: stories', () => {
  for (const [exportName, story] of entries) {
    for (const lang of ['da', 'en']) {
      it(`${story.name ?? exportName} (${lang}) renders and is accessible`, async () => {
        const args = { ...meta.args, ...story.args, lang };
        const wrapper = await fixture<HTMLElement>((meta.render as unknown as Render)(args, {}));
        const picker = wrapper.querySelector<BtServicePicker>('bt-service-picker')!;
        await picker.updateComplete;
        if (args.scenario !== 'loading') {
          await waitUntil(() => !picker.shadowRoot!.querySelector('[part~="skeleton"]'), 'never settled', {
            timeout: 4000,
          });
        }
        await expect(picker).to.be.accessible();
      });
    }
  }
});
