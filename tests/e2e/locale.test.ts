/**
 * The interface follows the browser's language. Chromium and Firefox started in Spanish (and in Brazilian Portuguese)
 * show a Spanish page's sidebar, hover card, launcher, badge tooltip, popup and options in that language, with
 * dispute reasons worded in it. Chromium needs Debian's chromium-l10n for its Spanish and Portuguese locale files.
 */
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, openExtensionPage, screenshot, startServer, tabViews, waitForTabs, type ExtensionBrowser, type FixtureServer } from './harness.js';
import { externalOnly, panelSettled, pointAt, shadowText, waitForStory, waitInShadow, withPage } from './content-helpers.js';

const shadowTexts = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate((s) => [...document.querySelector('crosscheck-root')!.shadowRoot!.querySelectorAll<HTMLElement>(s)].map((e) => e.innerText.trim()), selector);

async function openSidebar(page: Page): Promise<void> {
  await waitForStory(page);
  await waitInShadow(page, '.cc-launcher');
  await page.evaluate(() => (document.querySelector('crosscheck-root')!.shadowRoot!.querySelector('.cc-launcher') as HTMLElement).click());
  await waitInShadow(page, '.cc-panel');
  await panelSettled(page);
}

describe.each(BROWSERS)('a browser in Spanish: %s', (browserName) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    server = await startServer();
    ext = await launch(browserName, { locale: 'es' });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it("shows a Spanish page's launcher, hover card and sidebar in Spanish, reasons included", () =>
    withPage(ext, server.page('es-diario-caribe'), async (p) => {
      const { page } = p;
      const info = await waitForStory(page);
      await waitInShadow(page, '.cc-launcher');
      expect(await shadowText(page, '.cc-launcher')).toBe(`Crosscheck · ${info.claims} afirmaciones`);

      // Hover card on the death toll: counts and the seeds' disputes, in Spanish.
      const at = await pointAt(page, 'al menos 80 personas');
      await page.mouse.move(at.x, at.y);
      await waitInShadow(page, '.cc-hovercard');
      const card = await shadowText(page, '.cc-hovercard');
      expect(card).toMatch(/^(Confirman \d+ · )?Contradicen \d+( · No lo mencionan \d+)?\n/);
      expect(card).toContain('dice al menos 76, no 80');
      expect(card).toContain('Haz clic en el resaltado para ver las pruebas.');
      console.log(`screenshot: ${await screenshot(page, `${browserName}-hover-card-es`)}`);
      await page.mouse.move(5, 5);
      await waitInShadow(page, '.cc-hovercard', false);

      await openSidebar(page);
      expect(await shadowText(page, '.cc-stats')).toBe(`${info.claims} afirmaciones comprobadas · 5 medios en el corpus`);
      expect(await shadowTexts(page, '.cc-h3')).toEqual(['AFIRMACIONES DE ESTA PÁGINA', 'LO QUE ESTA PÁGINA OMITE']);
      expect(await shadowTexts(page, '.cc-legend > span')).toEqual(['Confirmada', 'En disputa', 'Solo esta página']);
      const verdicts = new Set(await shadowTexts(page, '.cc-verdict'));
      for (const v of verdicts) expect(['Confirma', 'Contradice', 'No lo menciona']).toContain(v);
      expect(verdicts.has('Contradice')).toBe(true);
      const reasons = await shadowTexts(page, '.cc-reason');
      expect(reasons).toContain('dice al menos 76, no 80');
      expect(reasons).toContain('dice Bogotá, no Santa Marta');
      expect(reasons.every((r) => r.startsWith('dice '))).toBe(true);
      // Dates in Spanish, the add button too.
      expect((await shadowTexts(page, '.cc-outlet')).some((l) => l.endsWith('12 nov 2025'))).toBe(true);
      // The three seeds whose pages show no date say so, with the day their text tells of ("el martes" of that week: 11 Nov).
      expect((await shadowTexts(page, '.cc-outlet')).some((l) => l.endsWith('fecha no indicada · relata hechos del 11 nov 2025'))).toBe(true);
      expect(await shadowText(page, '.cc-addbtn')).toBe('Añadir este artículo como fuente');
      console.log(`screenshot: ${await screenshot(page, `${browserName}-sidebar-es`)}`);
      expect(p.errors).toEqual([]);
      expect(externalOnly(p.requests, server)).toEqual([]);
    }));

  it('speaks Spanish in the badge tooltip, the popup and the options', async () => {
    const options = await openExtensionPage(ext, 'options/options.html', { width: 900, height: 1000 });
    await options.waitForSelector('[data-testid="no-user-sources"]');
    expect(await options.evaluate(() => [document.title, document.documentElement.lang, document.querySelector('h1')!.textContent])).toEqual(['Ajustes de Crosscheck', 'es', 'Ajustes de Crosscheck']);
    expect(await options.$eval('[data-testid="sources"]', (e) => e.textContent)).toMatch(/^5 medios y \d+ hechos informados, guardados en este navegador\.$/);
    expect(await options.$eval('#user-sources-h', (e) => e.textContent)).toBe('Historias y sus fuentes');
    console.log(`screenshot: ${await screenshot(options, `${browserName}-options-es`)}`);

    const before = new Set((await tabViews(options)).map((t) => t.id));
    const tab = await ext.browser.newPage();
    await tab.goto(server.page('es-diario-caribe'), { waitUntil: 'load' });
    const tabs = await waitForTabs(options, (ts) => ts.some((t) => !before.has(t.id) && t.status?.story === true && t.badge !== ''));
    const story = tabs.find((t) => !before.has(t.id))!;
    const title = await options.evaluate((id) => {
      const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
      return ((g.browser ?? g.chrome) as { action: { getTitle(d: object): Promise<string> } }).action.getTitle({ tabId: id });
    }, story.id);
    expect(title).toBe(`Crosscheck: ${story.status!.claims} afirmaciones comprobadas`);

    const popup = await openExtensionPage(ext, `popup/popup.html?tab=${story.id}`, { width: 360, height: 420 });
    await popup.waitForSelector('[data-testid="add-source"]');
    expect(await popup.$eval('[data-testid="headline"]', (e) => e.textContent)).toBe('Noticia encontrada en esta página');
    expect(await popup.$eval('[data-testid="detail"]', (e) => e.textContent)).toBe(`${story.status!.claims} afirmaciones comparadas con 5 medios`);
    expect(await popup.$eval('[data-testid="add-source"]', (e) => e.textContent)).toBe('Añadir este artículo como fuente');
    console.log(`screenshot: ${await screenshot(popup, `${browserName}-popup-es`, 'main')}`);
    await popup.close();
    await tab.close();
    await options.close();
  });
});

describe.each(BROWSERS)('a browser in Brazilian Portuguese: %s', (browserName) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    server = await startServer();
    ext = await launch(browserName, { locale: 'pt-BR' });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows the sidebar in Portuguese', () =>
    withPage(ext, server.page('es-diario-caribe'), async (p) => {
      const info = await waitForStory(p.page);
      await openSidebar(p.page);
      expect(await shadowText(p.page, '.cc-stats')).toBe(`${info.claims} afirmações verificadas · 5 veículos no corpus`);
      const reasons = await shadowTexts(p.page, '.cc-reason');
      expect(reasons).toContain('diz pelo menos 76, não 80');
      expect(reasons).toContain('diz Bogotá, não Santa Marta');
      expect(await shadowText(p.page, '.cc-addbtn')).toBe('Adicionar este artigo como fonte');
      console.log(`screenshot: ${await screenshot(p.page, `${browserName}-sidebar-pt-BR`)}`);
      expect(p.errors).toEqual([]);
    }));
});
