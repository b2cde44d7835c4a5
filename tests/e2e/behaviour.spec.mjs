// What a reader can do with the explainer on its page, pinned once for both layers that
// answer: the wasm's widget, and the page's own answers before the wasm is up
// (static/early.js), tested with the wasm held back for the whole test. The same tests run
// against each, so the two cannot drift apart.
import { test as base, expect } from '@playwright/test';
import { Explainer } from '../support/explainer.mjs';

for (const layer of ['wasm', 'early']) {
  const test = base.extend({
    /** Opens the widget page (at `hash`) and resolves once `layer` answers the reader. */
    open: async ({ page }, use) => {
      if (layer === 'early') {
        // Held, never answered: the wasm never starts.
        await page.route('**/nato-ip4_bg.wasm', () => new Promise(() => {}));
      }
      const explainer = Explainer.page(page);
      await use(async (hash = '') => {
        await page.goto(`./${hash}`);
        return explainer.answering(layer);
      });
      if (layer === 'early') await explainer.notReady('the page answered every step itself');
    },
  });

  test.describe(layer === 'wasm' ? "the wasm's widget" : "the page's answers before the wasm", () => {
    test('a card opens and closes by click, Enter and Space, and its opening is announced', async ({ open, page }) => {
      const explainer = await open();
      const toggle = explainer.toggle('australia');
      await toggle.click();
      await explainer.expectOpen('australia');
      await expect(explainer.quote('australia')).toBeVisible();
      await expect(explainer.status()).toHaveText('Australia opened');
      await page.keyboard.press('Space');
      await explainer.expectOpen('australia', false);
      await expect(explainer.quote('australia')).toBeHidden();
      await expect(explainer.status()).toHaveText('');
      await page.keyboard.press('Enter');
      await explainer.expectOpen('australia');
    });

    test("the story's own sentences open and close", async ({ open }) => {
      const explainer = await open();
      const story = explainer.storyToggle();
      await story.click();
      await expect(story).toHaveAttribute('aria-expanded', 'true');
      await expect(explainer.locator(`#${await story.getAttribute('aria-controls')}`)).toBeVisible();
      await story.click();
      await expect(story).toHaveAttribute('aria-expanded', 'false');
    });

    test('tabs switch views by click, arrow keys, Home and End, and only the selected one takes Tab', async ({ open, page }) => {
      const explainer = await open();
      await explainer.tab('People').click();
      await explainer.expectView('People');
      await expect(explainer.title('hicks')).toBeVisible();
      await expect(explainer.title('japan')).toBeHidden();
      await explainer.selectedTab().focus();
      for (const [key, view] of [['ArrowRight', 'Figures'], ['ArrowLeft', 'People'], ['End', 'Context'],
        ['ArrowDown', 'Overview'], ['ArrowUp', 'Context'], ['Home', 'Overview'], ['ArrowLeft', 'Context']]) {
        await page.keyboard.press(key);
        await explainer.expectView(view);
        await expect(explainer.selectedTab(), `${key} moves focus with the selection`).toBeFocused();
      }
      // Tab leaves the tabs for the panel: the map's first label leads the first view.
      await page.keyboard.press('Home');
      await page.keyboard.press('Tab');
      await expect(explainer.mapLabel('japan')).toBeFocused();
    });

    test('a link to a related card opens it in its view, brings it into view and moves focus to it', async ({ open }) => {
      const explainer = await open();
      await explainer.toggle('ukraine').click();
      await explainer.linkIn('ukraine', 'sullivan').click();
      await explainer.expectView('People');
      await explainer.expectOpen('sullivan');
      await expect(explainer.toggle('sullivan')).toBeFocused();
      await expect(explainer.card('sullivan')).toBeInViewport();
    });

    test("a partner's label and shape on the map lead to its card", async ({ open }) => {
      const explainer = await open();
      await explainer.mapLabel('japan').click();
      await explainer.expectOpen('japan');
      await expect(explainer.toggle('japan')).toBeFocused();
      await explainer.tab('Figures').click();
      await explainer.tab('Overview').click();
      // Australia: the middle of Japan's outline is sea.
      await explainer.mapShape('australia').click({ force: true });
      await explainer.expectOpen('australia');
      await expect(explainer.toggle('australia')).toBeFocused();
    });

    test('a deep link opens its card and brings it into view, at start and later', async ({ open, page }) => {
      await page.setViewportSize({ width: 800, height: 600 });
      const explainer = await open('#nato-ip4/thursday-talks');
      await explainer.expectOpen('thursday-talks');
      await explainer.expectView('Context');
      await expect(explainer.card('thursday-talks')).toBeInViewport();
      await page.evaluate(() => { location.hash = '#nato-ip4/hicks'; });
      await explainer.expectOpen('hicks');
      await explainer.expectView('People');
      await expect(explainer.card('hicks')).toBeInViewport();
    });

    test("a link to a view shows it, at start and later (an article's own link)", async ({ open, page }) => {
      const explainer = await open('#nato-ip4/view/figures');
      await explainer.expectView('Figures');
      await page.evaluate(() => { location.hash = '#nato-ip4/view/people'; });
      await explainer.expectView('People');
      await expect(explainer.title('hicks')).toBeVisible();
      // A link the page holds, clicked as a reader would.
      await page.evaluate(() => {
        const link = Object.assign(document.createElement('a'), { href: '#nato-ip4/view/context', textContent: 'the context' });
        document.body.prepend(link);
      });
      await page.getByRole('link', { name: 'the context' }).click();
      await explainer.expectView('Context');
    });
  });
}
