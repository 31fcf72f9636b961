/*
 * Workday's candidate-site widgets, reproduced for fixture pages (needs controlled.js first).
 * Two markup generations, as tests/pages/workday/SOURCES.md records (captured vs guessed):
 * - 'new' (tenants today): a "Select One" dropdown is <button aria-haspopup=listbox> with a hidden
 *   value input beside it and nothing that names its popup; the popup is appended to the end of
 *   <body> when it opens (position: fixed, data-automation-widget=wd-popup, id wd-popup-N) and
 *   removed when it closes. Dates are role=spinbutton inputs shrunk to nothing under an
 *   aria-hidden display ("MM", "YYYY") that the person clicks; the input takes digits from the
 *   keyboard and moves on to the next part. The resume input sits beside the drop zone, and its
 *   change handler empties it: the uploaded file shows in a list under the zone.
 * - 'old': the popup names its button (data-associated-widget, aria-controls), dates are plain
 *   visible spinbuttons, the file input sits in the drop zone.
 * Prompts (multiSelectContainer: "How did you hear about us", skills, field of study) are the same
 * in both: options load after typing + Enter, a moment later, in a popup tied to the container by
 * data-associated-widget; a search matches only the level the prompt shows ("LinkedIn" is under
 * "Job Board"); an empty answer reads "No Items."; chosen items become selectedItem pills. A
 * multi-select prompt's closed popup stays in the document, off-screen.
 * Committed values go to window.__state, which the tests read.
 */
(function () {
  const C = window.Controlled;
  const S = window.__state;
  /** Round trips of a live tenant (guessed): a dropdown's options, a prompt search, an upload. */
  const OPTION_DELAY_MS = 120;
  const SEARCH_DELAY_MS = 350;
  const UPLOAD_DELAY_MS = 400;

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

  let popupCounter = 0;
  /** The popup on screen: { host, owner, close }. */
  let openPopup = null;
  function closePopup() {
    if (!openPopup) return;
    const { close } = openPopup;
    openPopup = null;
    close();
  }

  /**
   * Shows `content` in a popup at the end of <body>, under `owner`. `associatedId` ties it to its
   * widget (old dropdowns and prompts); `linger` keeps it in the document, off-screen, once closed.
   */
  function showPopup(owner, content, { associatedId, fixed, linger } = {}) {
    closePopup();
    popupCounter += 1;
    const host = h('div', {
      'data-automation-widget': 'wd-popup',
      'data-automation-activepopup': 'true',
      'data-associated-widget': associatedId || null,
      id: `wd-popup-${popupCounter}`,
      class: 'wd-popup',
    }, content);
    const rect = owner.getBoundingClientRect();
    host.style.position = fixed ? 'fixed' : 'absolute';
    host.style.left = `${rect.left + (fixed ? 0 : window.scrollX)}px`;
    host.style.top = `${rect.bottom + (fixed ? 0 : window.scrollY) + 2}px`;
    document.body.append(host);
    if (owner.hasAttribute('aria-expanded')) owner.setAttribute('aria-expanded', 'true');
    openPopup = {
      host,
      owner,
      close() {
        if (owner.hasAttribute('aria-expanded')) owner.setAttribute('aria-expanded', 'false');
        if (!linger) return host.remove();
        host.setAttribute('data-automation-activepopup', 'false');
        host.style.top = '-10000px';
      },
    };
    return host;
  }
  document.addEventListener('mousedown', (event) => {
    if (!openPopup) return;
    if (openPopup.host.contains(event.target) || openPopup.owner.contains(event.target)) return;
    closePopup();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePopup();
  });

  /** What Workday puts in a row: the leaf a click lands on, holding the label it reads out. */
  const optionLabel = (text) => h('div', { 'data-automation-id': 'promptOption', 'data-automation-label': text, text });

  /**
   * A dropdown button bound to state[key]; `options` are [value, label] pairs. The new generation
   * keeps the chosen value in a hidden text input beside the button.
   */
  function listbox(button, key, options, { label, required, onCommit, generation }) {
    const newer = generation === 'new';
    if (!(key in S)) S[key] = '';
    const labelOf = (value) => (options.find((o) => o[0] === value) || [null, ''])[1];
    const mirror = newer ? button.parentElement.querySelector('input[type="text"]') : null;
    const render = () => {
      const value = S[key];
      const text = value ? labelOf(value) : 'Select One';
      button.textContent = text;
      button.value = value || '';
      if (mirror) mirror.value = value || '';
      // Live buttons repeat their state in aria-label: " Select One Required", "Gender Select One".
      button.setAttribute('aria-label', `${newer ? '' : label} ${text}${required ? ' Required' : ''}`);
    };
    const choose = (value) => {
      closePopup();
      C.commit(key, value);
      if (onCommit) onCommit(value);
      button.focus();
    };
    button.addEventListener('click', () => {
      if (openPopup && openPopup.owner === button) return closePopup();
      const list = newer
        ? h('div', { role: 'listbox', 'data-automation-id': 'activeListContainer', tabindex: '-1', 'aria-label': label })
        : h('ul', { role: 'listbox', id: `wd-listbox-${popupCounter + 1}`, tabindex: '-1', 'aria-label': label });
      if (!newer) button.setAttribute('aria-controls', list.id);
      const content = newer ? h('div', { 'data-automation-id': 'responsiveMonikerPrompt' }, list) : h('div', {}, h('div', {}, list));
      showPopup(button, content, { associatedId: newer ? null : button.id, fixed: newer });
      // The options arrive a moment after the popup, as Workday fetches them.
      setTimeout(() => {
        if (!list.isConnected) return;
        const rows = [['', 'Select One'], ...options].map(([value, text]) => {
          const selected = String(S[key] === value);
          if (!newer) {
            return h('li', { role: 'option', 'aria-disabled': value ? null : 'true', 'data-value': value, 'aria-selected': selected, onclick: () => value && choose(value) }, h('div', { text }));
          }
          return h('div', { role: 'option', 'data-automation-id': 'menuItem', 'aria-selected': selected, tabindex: '-1', onclick: () => choose(value) }, optionLabel(text));
        });
        list.replaceChildren(...rows);
      }, OPTION_DELAY_MS);
    });
    C.view(render);
  }

  /**
   * A prompt bound to state[key] (a list of chosen labels). `source` is a list of leaf labels,
   * or of {label, children} categories. Single-select prompts replace their one item.
   */
  function prompt(container, key, source, { single }) {
    if (!(key in S)) S[key] = [];
    const input = container.querySelector('input');
    const pillsHolder = container.querySelector('.wd-pills');
    const instruction = container.querySelector('[data-automation-id="promptAriaInstruction"]');
    const tree = source.every((item) => typeof item === 'object');

    // The list of chosen items is there only while it holds one.
    const renderPills = () => {
      const pills = S[key].length
        ? h('ul', { role: 'listbox', tabindex: '0', 'data-automation-id': 'selectedItemList', 'aria-label': 'items selected', 'data-uxi-widget-type': 'selectinputlist' })
        : null;
      pillsHolder.replaceChildren(...(pills ? [pills] : []));
      if (pills) pills.replaceChildren(
        ...S[key].map((item, i) =>
          h('li', { role: 'presentation', 'data-automation-id': 'menuItem', 'data-automation-selected': 'true' },
            h('div', { role: 'option', 'data-automation-id': 'selectedItem', id: `${container.id}-pill-${i}`, 'aria-label': `${item}, press delete to clear value.`, tabindex: '-1' },
              h('div', { 'data-automation-id': 'DELETE_charm', 'aria-hidden': 'true', role: 'presentation', text: '×', onclick: () => C.commit(key, S[key].filter((x) => x !== item)) }),
              h('p', { 'data-automation-id': 'promptOption', 'data-automation-label': item, text: item }),
            ),
          ),
        ),
      );
      instruction.textContent = S[key].length ? `${S[key].length} item${S[key].length > 1 ? 's' : ''} selected, ${S[key].join(', ')}` : '0 items selected';
    };

    const choose = (leaf) => {
      C.commit(key, single ? [leaf] : S[key].includes(leaf) ? S[key] : [...S[key], leaf]);
      input.value = '';
      if (single) closePopup();
      else renderList(currentRows, currentTitle);
    };

    let currentRows = [];
    let currentTitle;
    let list = null;
    const row = (text, i, category, onclick) =>
      h('div', { role: 'option', 'data-automation-id': 'menuItem', id: `${container.id}-item-${i}`, 'aria-selected': String(!category && S[key].includes(text)), tabindex: '-1' },
        // Workday listens on the leaf of a row (promptLeafNode), not on the row itself.
        h('div', { 'data-automation-id': 'promptLeafNode', 'data-uxi-multiselectlistitem-hassidecharm': String(category), onclick },
          category ? null : h('input', { type: 'radio', 'data-automation-id': 'radioBtn', tabindex: '-1', 'aria-hidden': 'true', checked: S[key].includes(text) }),
          optionLabel(text),
          category ? h('span', { 'aria-hidden': 'true', text: ' ›' }) : null,
        ),
      );
    const renderList = (rows, title) => {
      currentRows = rows;
      currentTitle = title;
      if (!list) return;
      const header = title
        ? h('div', { 'data-automation-id': 'multiSelectHeader' },
            h('button', { type: 'button', 'data-automation-id': 'backButton', 'aria-label': 'Back', onclick: () => later(() => renderList(rootRows())) }),
            h('div', { 'data-automation-id': 'promptTitle', text: title }))
        : null;
      list.parentElement.querySelector('[data-automation-id="multiSelectHeader"]')?.remove();
      if (header) list.before(header);
      list.replaceChildren(...(rows.length ? rows.map((r, i) => row(r.text, i, r.category, r.onclick)) : [h('div', { 'data-automation-id': 'promptMessage', text: 'No Items.' })]));
    };
    const later = (fn) => setTimeout(fn, SEARCH_DELAY_MS);
    const leafRows = (items) => items.map((text) => ({ text, category: false, onclick: () => choose(text) }));
    const categoryRows = (groups) =>
      groups.map((group) => ({ text: group.label, category: true, onclick: () => later(() => renderList(leafRows(group.children), group.label)) }));
    const rootRows = () => (tree ? categoryRows(source) : leafRows(source));
    const matches = (words, text) => words.every((w) => text.toLowerCase().includes(w));

    const open = () => {
      if (openPopup && openPopup.owner === input) return;
      list = h('div', { role: 'listbox', 'data-automation-id': 'activeListContainer', 'aria-label': 'Options Expanded', tabindex: '-1' });
      showPopup(input, h('div', { 'data-automation-id': 'responsiveMonikerPrompt' }, list), { associatedId: container.id, fixed: true, linger: !single });
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
      // Results come from the server a moment later, for the level the prompt shows.
      later(() => {
        if (!words.length) return renderList(rootRows());
        renderList(rootRows().filter((r) => matches(words, r.text)));
      });
    });
    C.view(renderPills);
  }

  const PARTS = {
    month: { name: 'Month', shown: 'MM', max: 12, digits: 2 },
    day: { name: 'Day', shown: 'DD', max: 31, digits: 2 },
    year: { name: 'Year', shown: 'YYYY', max: 9999, digits: 4 },
  };

  /**
   * Month / (Day) / Year spinbuttons bound to state[key] as {month, day, year} numbers. A part
   * takes digits from the keyboard (or its value from an input event), keeps the number, and once
   * no further digit could follow moves the focus to the next part.
   */
  function date(wrapper, key, { generation }) {
    if (!(key in S)) S[key] = null;
    const inputs = Array.from(wrapper.querySelectorAll('input[role="spinbutton"]'));
    const partOf = (input) => input.getAttribute('aria-label').toLowerCase();
    const typed = new Map(inputs.map((input) => [input, '']));
    const commit = (input, text) => {
      const part = partOf(input);
      // "0" waits for the digit after it ("06").
      if (/^0+$/.test(text)) return true;
      const number = text ? Number(text) : null;
      if (number !== null && (number < 1 || number > PARTS[part].max)) return false;
      C.commit(key, { ...(S[key] || {}), [part]: number });
      return true;
    };
    const complete = (input, text) => text.length >= PARTS[partOf(input)].digits || Number(`${text}0`) > PARTS[partOf(input)].max;
    const render = () => {
      for (const input of inputs) {
        const part = partOf(input);
        const value = S[key] && S[key][part];
        input.value = value ? String(value) : '';
        if (value) {
          input.setAttribute('aria-valuenow', String(value));
          input.setAttribute('aria-valuetext', String(value));
        } else {
          input.removeAttribute('aria-valuenow');
          input.removeAttribute('aria-valuetext');
        }
        const display = generation === 'new' ? input.parentElement.querySelector('[data-automation-id$="-display"]') : null;
        if (display) display.textContent = value ? String(value).padStart(part === 'year' ? 1 : 2, '0') : PARTS[part].shown;
      }
    };
    inputs.forEach((input, index) => {
      input.addEventListener('focus', () => typed.set(input, ''));
      input.addEventListener('keydown', (event) => {
        if (!/^\d$/.test(event.key)) return;
        event.preventDefault();
        const text = typed.get(input) + event.key;
        if (!commit(input, text)) return;
        typed.set(input, text);
        if (complete(input, text) && inputs[index + 1]) inputs[index + 1].focus();
      });
      input.addEventListener('input', () => {
        const text = input.value.replace(/\D/g, '');
        // Workday keeps a number and drops what cannot be one (month 13).
        if (!commit(input, text)) C.scheduleRender();
      });
      // A person reaches the part through what it shows.
      const display = input.parentElement.querySelector('[data-automation-id$="-display"]');
      if (display) display.addEventListener('click', () => input.focus());
    });
    C.view(render);
  }

  /**
   * The resume uploader, bound to state[key]: the files it took, [{name, size, type}]. The file
   * takes a moment to upload; the list shows it under way, then uploaded.
   */
  function uploader(zone, input, list, key, { generation }) {
    if (!(key in S)) S[key] = [];
    const newer = generation === 'new';
    const take = (files) => {
      for (const file of Array.from(files || [])) {
        const item = newer ? uploadItem(file) : null;
        if (item) list.append(item);
        setTimeout(() => {
          C.commit(key, [...S[key], { name: file.name, size: file.size, type: file.type }]);
          // Its Delete takes the file off the list and out of the application (bots press it to
          // remove a resume before uploading another).
          if (item) markUploaded(item, file, () => {
            item.remove();
            C.commit(key, S[key].filter((held) => held.name !== file.name));
          });
        }, UPLOAD_DELAY_MS);
      }
    };
    input.addEventListener('change', () => {
      take(input.files);
      // Workday reads the files, then empties the input for the next pick.
      if (newer) input.value = '';
    });
    zone.addEventListener('dragover', (event) => event.preventDefault());
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      take(event.dataTransfer && event.dataTransfer.files);
    });
    zone.querySelector('[data-automation-id="select-files"]').addEventListener('click', () => input.click());
    if (!newer) {
      C.view(() => {
        const file = S[key][0];
        list.hidden = !file;
        list.querySelector('[data-automation-id="file-upload-item-name"]').textContent = file ? file.name : '';
      });
    }
  }

  function uploadItem(file) {
    return h('div', { 'data-automation-id': 'file-upload-item' },
      h('div', { class: 'wd-file-icon', 'aria-hidden': 'true', text: '▤' }),
      h('div', {},
        h('div', { 'data-automation-id': 'file-upload-item-name', text: file.name }),
        h('div', { text: `${(file.size / 1024).toFixed(2)} KB` }),
        h('div', { 'data-automation-id': 'file-loading-dots', text: '…' })));
  }

  function markUploaded(item, file, onDelete) {
    const status = item.lastElementChild;
    status.querySelector('[data-automation-id="file-loading-dots"]').remove();
    status.prepend(h('div', { 'data-automation-id': 'ariaLive', style: 'display: block;' },
      h('div', { 'data-automation-id': 'ariaLiveMessage', 'aria-atomic': 'true', 'aria-live': 'polite', role: 'alert', class: 'wd-sr', text: `${file.name} successfully uploaded` })));
    status.append(h('div', { 'data-automation-id': 'file-upload-successful', text: 'Successfully Uploaded!' }));
    const remove = h('button', { type: 'button', 'data-automation-id': 'delete-file', 'aria-label': `Delete ${file.name}`, title: 'Delete', text: '🗑' });
    remove.addEventListener('click', onDelete);
    item.append(h('div', {}, remove));
  }

  /** A single checkbox bound to state[key] (true / false). */
  function checkbox(input, key) {
    if (!(key in S)) S[key] = false;
    input.addEventListener('click', () => C.commit(key, input.checked));
    C.view(() => {
      input.checked = !!S[key];
      input.setAttribute('aria-checked', String(!!S[key]));
    });
  }

  window.WD = { h, listbox, prompt, date, uploader, checkbox, closePopup };
})();
