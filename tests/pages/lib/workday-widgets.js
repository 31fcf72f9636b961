/*
 * Workday's candidate-site widgets, reproduced for fixture pages (needs controlled.js first).
 * Shapes follow what public Workday automation code reads from live pages:
 * - dropdowns are <button aria-haspopup=listbox> whose popup is appended at the end of <body>
 *   as div[data-automation-widget=wd-popup][data-associated-widget=<button id>] > ul[role=listbox]
 *   > li[role=option]; an option commits on click, and the button then shows its text;
 * - prompts ("How did you hear about us", skills, field of study) are a multiSelectContainer
 *   holding a search box: the options load only after typing + Enter, a moment later, in a
 *   popup associated with the container; hierarchical prompts list categories (a side charm)
 *   whose leaves show after a click; chosen items become selectedItem pills;
 * - dates are a dateInputWrapper of Month / Day / Year spinbuttons that keep numbers;
 * - uploads go through a file-upload-drop-zone with a file-upload-input-ref input, and show
 *   file-upload-successful once the file is in.
 * Committed values go to window.__state, which the tests read.
 */
(function () {
  const C = window.Controlled;
  const S = window.__state;
  const OPTION_DELAY_MS = 120;
  const SEARCH_DELAY_MS = 350;

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'text') el.textContent = value;
      else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat()) if (child !== null && child !== undefined) el.append(child);
    return el;
  }

  let openPopup = null;
  function closePopup() {
    if (!openPopup) return;
    const { host, owner } = openPopup;
    openPopup = null;
    host.remove();
    owner.setAttribute('aria-expanded', 'false');
  }
  function showPopup(owner, associatedId, content) {
    closePopup();
    const host = h('div', { 'data-automation-widget': 'wd-popup', 'data-automation-activepopup': 'true', 'data-associated-widget': associatedId, class: 'wd-popup' }, content);
    const rect = owner.getBoundingClientRect();
    host.style.left = `${rect.left + window.scrollX}px`;
    host.style.top = `${rect.bottom + window.scrollY + 2}px`;
    document.body.append(host);
    owner.setAttribute('aria-expanded', 'true');
    openPopup = { host, owner };
    return host;
  }
  document.addEventListener('mousedown', (event) => {
    if (!openPopup) return;
    if (openPopup.host.contains(event.target) || openPopup.owner.contains(event.target)) return;
    closePopup();
  });

  let listCounter = 0;

  /** A dropdown button bound to state[key]; `options` are [value, label] pairs. */
  function listbox(button, key, options, { label, required, onCommit } = {}) {
    if (!(key in S)) S[key] = '';
    const labelOf = (value) => (options.find((o) => o[0] === value) || [null, ''])[1];
    const render = () => {
      const value = S[key];
      const text = value ? labelOf(value) : 'Select One';
      button.textContent = text;
      button.value = value || '';
      if (label) button.setAttribute('aria-label', `${label} ${text}${required ? ' Required' : ''}`);
    };
    const choose = (value) => {
      closePopup();
      C.commit(key, value);
      if (onCommit) onCommit(value);
      button.focus();
    };
    button.addEventListener('click', () => {
      if (openPopup && openPopup.owner === button) return closePopup();
      listCounter += 1;
      const list = h('ul', { role: 'listbox', id: `wd-listbox-${listCounter}`, tabindex: '-1', 'aria-label': label || '' });
      button.setAttribute('aria-controls', list.id);
      showPopup(button, button.id, list);
      // The options arrive a moment after the popup, as Workday fetches them.
      setTimeout(() => {
        list.replaceChildren(
          h('li', { role: 'option', 'aria-disabled': 'true', 'data-value': '', 'aria-selected': 'false' }, h('div', { text: 'Select One' })),
          ...options.map(([value, text]) =>
            h('li', { role: 'option', id: `${list.id}-${value}`, 'data-value': value, 'aria-selected': String(S[key] === value), onclick: () => choose(value) }, h('div', { text })),
          ),
        );
      }, OPTION_DELAY_MS);
    });
    C.view(render);
  }

  /**
   * A prompt bound to state[key] (a list of chosen labels). `source` is a list of leaf labels,
   * or of {label, children} categories. Single-select prompts replace their one item.
   */
  function prompt(container, key, source, { single } = {}) {
    if (!(key in S)) S[key] = [];
    const input = container.querySelector('input');
    const pills = container.querySelector('[data-automation-id="selectedItemList"]');
    const tree = source.every((item) => typeof item === 'object');
    const leaves = tree ? source.flatMap((group) => group.children) : source;

    const renderPills = () => {
      pills.replaceChildren(
        ...S[key].map((item, i) =>
          h('li', { role: 'presentation' },
            h('div', { role: 'option', 'data-automation-id': 'selectedItem', id: `${container.id}-pill-${i}`, 'aria-label': `${item}, press delete to clear value.`, tabindex: '-1' },
              h('p', { 'data-automation-id': 'promptOption', 'data-automation-label': item, text: item }),
              h('span', { 'data-automation-id': 'DELETE_charm', 'aria-hidden': 'true', text: '×', onclick: () => C.commit(key, S[key].filter((x) => x !== item)) }),
            ),
          ),
        ),
      );
      pills.hidden = S[key].length === 0;
    };

    const choose = (leaf) => {
      C.commit(key, single ? [leaf] : S[key].includes(leaf) ? S[key] : [...S[key], leaf]);
      input.value = '';
      if (single) closePopup();
      else renderList(currentRows);
    };

    let currentRows = [];
    let list = null;
    const row = (text, i, category, onclick) =>
      h('div', { role: 'option', 'data-automation-id': 'menuItem', id: `${container.id}-item-${i}`, 'aria-selected': String(!category && S[key].includes(text)), tabindex: '-1', onclick },
        h('div', { 'data-automation-id': 'promptLeafNode', 'data-uxi-multiselectlistitem-hassidecharm': String(category) },
          category ? null : h('input', { type: 'radio', 'data-automation-id': 'radioBtn', tabindex: '-1', 'aria-hidden': 'true', checked: S[key].includes(text) }),
          h('div', { 'data-automation-id': 'promptOption', 'data-automation-label': text, text }),
          category ? h('span', { 'aria-hidden': 'true', text: ' ›' }) : null,
        ),
      );
    const renderList = (rows, title) => {
      currentRows = rows;
      if (!list) return;
      const header = title
        ? h('div', { 'data-automation-id': 'multiSelectHeader' },
            h('button', { type: 'button', 'data-automation-id': 'backButton', 'aria-label': 'Back', onclick: () => later(() => renderList(rootRows())) }),
            h('div', { 'data-automation-id': 'promptTitle', text: title }))
        : null;
      list.parentElement.querySelector('[data-automation-id="multiSelectHeader"]')?.remove();
      if (header) list.before(header);
      list.replaceChildren(...rows.map((r, i) => row(r.text, i, r.category, r.onclick)));
    };
    const later = (fn) => setTimeout(fn, SEARCH_DELAY_MS);
    const leafRows = (items) => items.map((text) => ({ text, category: false, onclick: () => choose(text) }));
    const categoryRows = (groups) =>
      groups.map((group) => ({ text: group.label, category: true, onclick: () => later(() => renderList(leafRows(group.children), group.label)) }));
    const rootRows = () => (tree ? categoryRows(source) : leafRows(leaves));
    const matches = (words, text) => words.every((w) => text.toLowerCase().includes(w));

    const open = () => {
      if (openPopup && openPopup.owner === input) return;
      list = h('div', { role: 'listbox', 'data-automation-id': 'activeListContainer', 'aria-label': 'Options Expanded', tabindex: '-1' });
      const frame = h('div', { 'data-automation-id': 'responsiveMonikerPrompt' }, list);
      showPopup(input, container.id, frame);
      renderList([]);
    };
    input.addEventListener('click', () => {
      open();
      later(() => renderList(rootRows()));
    });
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      open();
      const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      // Results come from the server a moment later; a hierarchical prompt answers with the
      // categories that hold a match, whose matching leaves show after a click.
      later(() => {
        if (!words.length) return renderList(rootRows());
        if (!tree) return renderList(leafRows(leaves.filter((leaf) => matches(words, leaf))));
        const groups = source
          .map((group) => ({ label: group.label, children: group.children.filter((leaf) => matches(words, leaf)) }))
          .filter((group) => group.children.length);
        renderList(categoryRows(groups));
      });
    });
    C.view(renderPills);
  }

  /** Month / (Day) / Year spinbuttons bound to state[key] as {month, day, year} numbers. */
  function date(wrapper, key) {
    if (!(key in S)) S[key] = null;
    const inputs = Array.from(wrapper.querySelectorAll('input[role="spinbutton"]'));
    const partOf = (input) => input.getAttribute('aria-label').toLowerCase();
    const ranges = { month: [1, 12], day: [1, 31], year: [1900, 2100] };
    const render = () => {
      for (const input of inputs) {
        const value = S[key] && S[key][partOf(input)];
        input.value = value ? String(value) : '';
        if (value) input.setAttribute('aria-valuenow', String(value));
        else input.removeAttribute('aria-valuenow');
        input.setAttribute('aria-valuetext', value ? String(value) : input.placeholder);
      }
    };
    for (const input of inputs) {
      input.addEventListener('input', () => {
        const part = partOf(input);
        const [min, max] = ranges[part];
        const text = input.value.replace(/\D/g, '');
        const number = text ? Number(text) : null;
        // Workday keeps a number and drops what cannot be one (month 13, a two-digit year).
        const valid = number === null || (number >= min && number <= max);
        if (valid) C.commit(key, { ...(S[key] || {}), [part]: number });
        else C.scheduleRender();
      });
    }
    C.view(render);
  }

  /** The resume uploader: a drop zone around a hidden file input; state[key] = {name, size, type}. */
  function dropZone(zone, key) {
    if (!(key in S)) S[key] = null;
    const input = zone.querySelector('[data-automation-id="file-upload-input-ref"]');
    const done = zone.parentElement.querySelector('[data-automation-id="file-upload-successful"]');
    const take = (file) => {
      if (!file) return;
      // The upload takes a moment before Workday shows the file as attached.
      setTimeout(() => C.commit(key, { name: file.name, size: file.size, type: file.type }), 150);
    };
    input.addEventListener('change', () => take(input.files && input.files[0]));
    zone.addEventListener('dragover', (event) => event.preventDefault());
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      take(event.dataTransfer && event.dataTransfer.files[0]);
    });
    zone.querySelector('[data-automation-id="select-files"]').addEventListener('click', () => input.click());
    C.view(() => {
      const file = S[key];
      done.hidden = !file;
      done.querySelector('[data-automation-id="file-upload-item-name"]').textContent = file ? file.name : '';
    });
  }

  /** A single checkbox bound to state[key] (true / false). */
  function checkbox(input, key) {
    if (!(key in S)) S[key] = false;
    input.addEventListener('click', () => C.commit(key, input.checked));
    C.view(() => { input.checked = !!S[key]; });
  }

  window.WD = { h, listbox, prompt, date, dropZone, checkbox, closePopup };
})();
