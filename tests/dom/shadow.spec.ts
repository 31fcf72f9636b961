import { expect, test, type Page } from '@playwright/test';
import { loadSnippet, type DomGlobals } from './bundle';

/**
 * The collector inside web components, in real Chromium: controls in open shadow roots nested
 * several deep are read, each labelled within its own root; closed roots and Applyfill's own UI
 * are never entered. Shadow roots are built from `<template>`s: a host with data-shadow="open"
 * or "closed" gets its first template's content as its shadow root, recursively.
 */

interface Collected {
  control: string;
  labels: string[];
  id?: string;
}

/** Shows the snippet with its shadow roots attached. */
async function show(page: Page, html: string): Promise<void> {
  await loadSnippet(page, html);
  await page.evaluate(() => {
    const attach = (root: ParentNode) => {
      for (const host of Array.from(root.querySelectorAll<HTMLElement>('[data-shadow]'))) {
        const template = host.querySelector<HTMLTemplateElement>(':scope > template');
        if (!template) continue;
        const shadow = host.attachShadow({ mode: host.dataset.shadow as ShadowRootMode });
        shadow.append(template.content.cloneNode(true));
        template.remove();
        attach(shadow);
      }
    };
    attach(document);
  });
}

async function collect(page: Page, html: string): Promise<Collected[]> {
  await show(page, html);
  return page.evaluate(() => {
    return (window as unknown as DomGlobals).ApplyfillDom.collectFields(document).fields.map((field) => ({
      control: field.control,
      labels: field.labels,
      ...(field.htmlId ? { id: field.htmlId } : {}),
    }));
  });
}

/** A component: an open shadow root holding `inner`. */
const open = (tag: string, inner: string, light = '') => `<${tag} data-shadow="open"><template>${inner}</template>${light}</${tag}>`;

test.describe('collecting fields inside web components', () => {
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
  });
  test.afterAll(async () => {
    await page.close();
  });

  test('reads a control three open shadow roots down, labelled by the <label for> of its own root', async () => {
    const html = `<label for="email">Personal email</label><input id="email" type="email">` +
      open('x-app', open('x-section', open('x-field', `<label for="email">Work email</label><input id="email" type="email">`)));
    expect(await collect(page, html)).toEqual([
      { control: 'text', labels: ['Personal email'], id: 'email' },
      { control: 'text', labels: ['Work email'], id: 'email' },
    ]);
  });

  test('resolves aria-labelledby within the control’s root, never in the document', async () => {
    const html = `<span id="question">Favourite colour</span>` +
      open('x-field', `<span id="question">Phone number</span><input aria-labelledby="question">`) +
      open('x-other', `<div><input aria-labelledby="question" placeholder="Extension"></div>`);
    const fields = await collect(page, html);
    expect(fields[0]).toEqual({ control: 'text', labels: ['Phone number'] });
    expect(fields[1]!.labels).not.toContain('Favourite colour');
  });

  test('reads a caption a web component slots into its label from the host', async () => {
    const label = `<label for="question_1"><span><slot name="label-content"></slot><span aria-hidden="true">*</span></span></label>`;
    const html =
      open('x-input', `${label}<input id="question_1">`, `<span slot="label-content">What are your salary expectations?</span>`) +
      open('x-input', `<label for="first"><slot name="label-content">First name</slot></label><input id="first">`);
    expect(await collect(page, html)).toEqual([
      { control: 'text', labels: ['What are your salary expectations?*'], id: 'question_1' },
      { control: 'text', labels: ['First name'], id: 'first' },
    ]);
  });

  test('never enters a closed shadow root, nor Applyfill’s own UI, light children included', async () => {
    const html =
      `<x-closed data-shadow="closed"><template><label for="secret">Secret</label><input id="secret"></template></x-closed>` +
      `<applyfill-ui data-shadow="open"><template><input aria-label="Inside Applyfill"><slot></slot></template><input aria-label="Put inside Applyfill"></applyfill-ui>` +
      `<label for="name">Name</label><input id="name">`;
    expect(await collect(page, html)).toEqual([{ control: 'text', labels: ['Name'], id: 'name' }]);
  });

  test('reaches a hidden file input at the top of a component through the drop zone beside it, and only through that', async () => {
    const zone = `<div role="button" style="padding:20px;border:1px dashed #888">Choose a file or drop it here</div><input type="file" id="file-input" style="display:none">`;
    const html =
      `<section><h2>Resume</h2>${open('x-dropzone', zone)}</section>` +
      // A component holding only the hidden input: the button beside its host opens something else.
      `<section><button type="button">Add photo</button>${open('x-upload', '<input type="file" id="lonely" style="display:none">')}</section>`;
    expect(await collect(page, html)).toEqual([{ control: 'file', labels: ['Choose a file or drop it here'], id: 'file-input' }]);
  });

  test('skips controls whose host is hidden, aria-hidden or inert', async () => {
    const field = (name: string) => `<label for="${name}">${name}</label><input id="${name}">`;
    const html =
      `<x-a data-shadow="open" style="display:none"><template>${field('hidden')}</template></x-a>` +
      `<x-b data-shadow="open" aria-hidden="true"><template>${field('ariaHidden')}</template></x-b>` +
      `<x-c data-shadow="open" inert><template>${field('inert')}</template></x-c>` +
      open('x-d', field('shown'));
    expect(await collect(page, html)).toEqual([{ control: 'text', labels: ['shown'], id: 'shown' }]);
  });

  test('the generic engine keeps the whole page when the application is in components nested below a smaller form', async () => {
    const html = `<footer><form id="newsletter"><label for="news">Newsletter email</label><input id="news" type="email"></form></footer>` +
      open('x-app', open('x-field', '<label for="first">First name</label><input id="first">') + open('x-field', '<label for="last">Last name</label><input id="last">'));
    await show(page, html);
    const root = await page.evaluate(() => (window as unknown as DomGlobals).ApplyfillDom.generic.formRoot!(document)?.id ?? null);
    expect(root).toBeNull();
  });

  test('places a control inside a component in the work entry whose heading stands outside it', async () => {
    const company = open('x-input', '<label for="company">Company</label><input id="company">');
    await show(page, `<div><h3>Work Experience 1</h3>${company}</div><div><h3>Work Experience 2</h3>${company}</div>`);
    const entries = await page.evaluate(() =>
      (window as unknown as DomGlobals).ApplyfillDom.collectFields(document).fields.map((field) => [field.section, field.entryIndex]),
    );
    expect(entries).toEqual([['Work Experience 1', 0], ['Work Experience 2', 1]]);
  });

  test('chooses in a combobox whose list lives in the shadow root of the component around it', async () => {
    const inner = open('x-input', '<label for="type">Employment type</label><input id="type" role="combobox" aria-controls="menu-type" aria-expanded="false">');
    await show(page, open('x-autocomplete', `${inner}<div id="menu-type" role="listbox" hidden></div>`));
    const outcome = await page.evaluate(async () => {
      const outer = document.querySelector('x-autocomplete')!.shadowRoot!;
      const input = outer.querySelector('x-input')!.shadowRoot!.querySelector('input')!;
      const menu = outer.getElementById('menu-type')!;
      input.addEventListener('input', () => {
        menu.hidden = false;
        menu.innerHTML = '<div role="option">Full-Time (30+ hours per week)</div><div role="option">Part-Time</div>';
        for (const option of Array.from(menu.children)) {
          option.addEventListener('click', () => {
            input.value = option.textContent!;
            menu.hidden = true;
          });
        }
      });
      const { performAction, chooseOption } = (window as unknown as DomGlobals).ApplyfillDom;
      const result = await performAction(
        { ref: 'type', control: 'combobox', element: input },
        { ref: 'type', kind: 'savedAnswer', op: 'choose', search: 'Full', accept: ['Full-Time (30+ hours per week)'] },
        { documents: [], chooseOption: async (options, choice) => chooseOption(options, choice), widgetTimeoutMs: 1000 },
      );
      return { result, value: input.value };
    });
    expect(outcome).toEqual({ result: { status: 'filled', value: 'Full-Time (30+ hours per week)' }, value: 'Full-Time (30+ hours per week)' });
  });
});
