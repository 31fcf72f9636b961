/*
 * What Workable's React app does on its hosted application page (apply.workable.com/<account>/j/
 * <shortcode>/apply/), without React. tests/pages/workable/SOURCES.md says where each behaviour
 * comes from and which parts are guessed:
 * - every input is controlled (controlled.js): a value set without an input event is reverted;
 * - ids written "~name~" in the markup are random per render, as the live resume input's is;
 * - a dropdown ([data-input-type=select]) opens on a click on its readonly combobox input and
 *   commits only when an option of its list is clicked: the text then shows in the input and the
 *   option's id goes to the hidden input named after the question; a click elsewhere closes it;
 * - radios commit on their input's click and show it in aria-checked / data-checked;
 * - the phone's country picker (intl-tel-input) opens its list on a click and picks on a click;
 * - the resume's drop zone shows the chosen file's name; the photo refuses anything but an image;
 * - the Details section (custom questions) renders after the others;
 * - Experience and Education add entries one editor at a time (wireEntrySection below).
 * A test that sets window.__holdQuestions before the page loads renders the questions by calling
 * window.__releaseQuestions() instead.
 * window.__state holds the committed values by control name (the phone's country, which has no
 * control of its own, as phoneCountry); window.__submitted whether anything
 * submitted the form, window.__photoRefused whether the photo was given a file it refused, and
 * window.__opened what was pressed that opens a menu ("Import resume from", a saved entry's
 * "Options for …") or clears a section; "+ Add" shows in the state, as the entries it adds.
 */
(function () {
  const DETAILS_DELAY_MS = 1500;
  const C = window.Controlled;
  const IMAGE = /^image\/(jpeg|gif|png)$/;

  window.__submitted = false;
  window.__photoRefused = false;
  window.__opened = [];

  const randomId = () => Array.from({ length: 16 }, () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[Math.floor(Math.random() * 62)]).join('');
  const ids = new Map();
  const ID_ATTRIBUTES = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls'];

  /** Gives every "~name~" in the ids a random value, the same one wherever the name recurs. */
  function randomizeIds(root) {
    for (const el of root.querySelectorAll('*')) {
      for (const attribute of ID_ATTRIBUTES) {
        const value = el.getAttribute(attribute);
        if (!value || !value.includes('~')) continue;
        el.setAttribute(attribute, value.replace(/~(\w+)~/g, (_, name) => {
          if (!ids.has(name)) ids.set(name, randomId());
          return ids.get(name);
        }));
      }
    }
  }

  function wireTexts(root) {
    // A dropdown's hidden input is written by the dropdown alone.
    for (const el of root.querySelectorAll('input[name]:not([type="radio"]):not([type="file"]), textarea[name]')) {
      if (!el.closest('[data-input-type="select"]')) C.text(el, el.name);
    }
  }

  function wireRadios(root) {
    for (const group of root.querySelectorAll('fieldset[role="radiogroup"][data-ui]')) {
      const inputs = Array.from(group.querySelectorAll('input[type="radio"]'));
      const key = inputs[0].name;
      C.choices(inputs, key);
      C.view(() => {
        for (const input of inputs) {
          const radio = input.closest('[role="radio"]');
          radio.setAttribute('aria-checked', String(input.checked));
          radio.setAttribute('tabindex', input.checked ? '0' : '-1');
          const option = input.closest('label[role="presentation"]');
          if (option) option.setAttribute('data-checked', String(input.checked));
        }
      });
    }
  }

  function wireFiles(root) {
    for (const input of root.querySelectorAll('input[type="file"][data-ui]')) {
      const key = input.getAttribute('data-ui');
      const zone = input.closest('[data-role="dropzone"]');
      const shown = zone.querySelector('.styles--2DgD-');
      const button = zone.querySelector('label[role="button"]');
      const error = zone.parentElement.querySelector('.styles--error');
      window.__state[key] = null;
      input.addEventListener('change', () => {
        const file = input.files && input.files[0];
        if (file && key === 'avatar' && !IMAGE.test(file.type)) {
          window.__photoRefused = true;
          input.value = '';
          error.textContent = 'Please use a different file.';
          return;
        }
        error.textContent = '';
        C.commit(key, file ? { name: file.name, size: file.size, type: file.type } : null);
      });
      C.view(() => {
        const file = window.__state[key];
        shown.innerHTML = '';
        if (file) {
          const name = document.createElement('div');
          name.setAttribute('data-id', 'filename');
          name.className = 'styles--1GsJR';
          name.innerHTML = '<span class="styles--QTMDv"></span>';
          name.firstChild.textContent = file.name;
          shown.append(name);
        }
        button.textContent = file ? 'Replace file' : 'Upload a file';
      });
    }
  }

  function wireDropdowns(root, options) {
    for (const box of root.querySelectorAll('[data-input-type="select"][data-ui]')) {
      const key = box.getAttribute('data-ui');
      const combobox = box.querySelector('input[role="combobox"]');
      const hidden = box.querySelector(`input[name="${key}"]`);
      const listId = combobox.getAttribute('aria-controls');
      const choices = options[key];
      const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
      let open = false;
      window.__state[key] = '';

      function setOpen(next) {
        open = next;
        C.scheduleRender();
      }
      combobox.addEventListener('click', () => setOpen(!open));
      combobox.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') setOpen(false);
      });
      document.addEventListener('click', (event) => {
        if (open && !box.contains(event.target)) setOpen(false);
      });
      C.view(() => {
        const value = window.__state[key];
        const chosen = choices.find(([id]) => id === value);
        native.set.call(combobox, chosen ? chosen[1] : '');
        native.set.call(hidden, value);
        box.setAttribute('data-open', String(open));
        box.setAttribute('data-error', String(hidden.required && !value));
        combobox.setAttribute('aria-expanded', String(open));
        let list = box.querySelector(`#${CSS.escape(listId)}`);
        if (!open) {
          list?.remove();
          return;
        }
        if (list) return;
        list = document.createElement('ul');
        list.id = listId;
        list.setAttribute('role', 'listbox');
        list.className = 'styles--listbox';
        for (const [id, label] of choices) {
          const item = document.createElement('li');
          item.setAttribute('role', 'option');
          item.setAttribute('value', id);
          item.id = `${listId}_option_${id}`;
          item.setAttribute('aria-selected', String(id === value));
          item.innerHTML = '<span class="styles--f-uLT"></span>';
          item.firstChild.textContent = label;
          item.addEventListener('click', () => {
            open = false;
            C.commit(key, id);
          });
          list.append(item);
        }
        box.append(list);
      });
    }
  }

  /**
   * intl-tel-input, as its own source does it: the selected flag opens the country list and a
   * click on a country picks it; a click elsewhere or Escape closes the list; inside a <label>, a click
   * while the list is open is kept from reaching the input (its "input nested inside label" hack).
   * The country starts as the page's guess from where the visitor is.
   */
  function wirePhoneCountry(root) {
    const picker = root.querySelector('[data-ui="phone"] .iti__selected-flag');
    if (!picker) return;
    const container = picker.parentElement;
    const content = container.querySelector('.iti__dropdown-content');
    const items = Array.from(content.querySelectorAll('li.iti__country'));
    let open = false;
    window.__state.phoneCountry = 'us';
    const setOpen = (next) => {
      open = next;
      C.scheduleRender();
    };
    picker.addEventListener('click', () => {
      if (!open) setOpen(true);
    });
    picker.closest('label')?.addEventListener('click', (event) => {
      if (open) event.preventDefault();
    });
    document.documentElement.addEventListener('click', (event) => {
      if (open && !container.contains(event.target)) setOpen(false);
    });
    document.addEventListener('keydown', (event) => {
      if (open && event.key === 'Escape') setOpen(false);
    });
    for (const item of items) {
      item.addEventListener('click', () => {
        open = false;
        C.commit('phoneCountry', item.getAttribute('data-country-code'));
      });
    }
    C.view(() => {
      const code = window.__state.phoneCountry;
      const chosen = items.find((item) => item.getAttribute('data-country-code') === code);
      content.classList.toggle('iti__hide', !open);
      picker.setAttribute('aria-expanded', String(open));
      picker.setAttribute('title', chosen.querySelector('.iti__country-name').textContent);
      picker.querySelector('.iti__flag').className = `iti__flag iti__${code}`;
      picker.querySelector('.iti__selected-dial-code').textContent = `+${chosen.getAttribute('data-dial-code')}`;
      for (const item of items) item.setAttribute('aria-selected', String(item === chosen || item.getAttribute('data-country-code') === code));
    });
  }


  /*
   * Experience and Education (SOURCES.md, "Entry editors"): "+ Add" draws an editor at the top of
   * the section's list a moment later and is disabled while it is open; the editor's own
   * "Update" (a type=button) saves it into a card in its place, or, with its required field
   * empty, keeps it open with "This is a required field."; "Cancel" drops it. Text boxes are
   * controlled like the rest of the form; the dates are month pickers that take a value only from
   * a click on a month (typed or pasted text is reverted); "I currently work here" is a native
   * checkbox behind an ARIA one. window.__state.<section> holds the saved entries in page order
   * (newest first), window.__state.<section>Editor the open editor's values, or null.
   */
  const ADD_DELAY_MS = 300;
  const SAVE_DELAY_MS = 50;
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const ENTRY_FIELDS = {
    experience: [
      { name: 'title', label: 'Title', required: true },
      { name: 'company', label: 'Company' },
      { name: 'industry', label: 'Industry' },
      { name: 'summary', label: 'Summary', tag: 'textarea' },
      { name: 'start_date', label: 'Start date', date: true },
      { name: 'end_date', label: 'End date', date: true },
      { name: 'current', label: 'I currently work here', checkbox: true },
    ],
    education: [
      { name: 'school', label: 'School', required: true },
      { name: 'field_of_study', label: 'Field of study' },
      { name: 'degree', label: 'Degree' },
      { name: 'start_date', label: 'Start date', date: true },
      { name: 'end_date', label: 'End date', date: true },
    ],
  };

  function cellHtml(field) {
    if (field.checkbox) {
      return `<div class="styles--cell"><label class="styles--checkbox" data-checked="false"><div aria-labelledby="checkbox_label_${field.name}" role="checkbox" aria-checked="false" aria-disabled="false" aria-required="false" tabindex="0" id="${field.name}"><input aria-required="false" tabindex="-1" aria-hidden="true" type="checkbox" name="${field.name}" dir="auto"></div><span id="checkbox_label_${field.name}" class="styles--QTMDv">${field.label}</span></label></div>`;
    }
    const head = `<span class="styles--1-9tY">${field.required ? '<span class="styles--33eUF styles--3Y34Z"><strong class="styles--2kqW6">*</strong></span>' : ''}<span><span id="${field.name}_label" class="styles--QTMDv"><strong class="styles--2kqW6">${field.label}</strong></span>${field.required ? '' : '<span class="styles--f-uLT styles--19x-w"> (Optional)</span>'}</span></span>`;
    if (field.date) {
      return `<div class="styles--cell"><label class="styles--3aPac">${head}<div class="react-datepicker-wrapper"><div class="react-datepicker__input-container"><div data-role="illustrated-input" class="styles--1tBNa"><div class="styles--3qHIU"><input type="text" aria-readonly="false" data-lpignore="true" inputmode="tel" name="${field.name}" placeholder="MM/YYYY" class="styles--2e9Cp" dir="auto" value=""><span data-ui="calendar-icon"></span></div></div></div></div></label></div>`;
    }
    const control = field.tag === 'textarea'
      ? `<textarea aria-required="false" id="${field.name}" name="${field.name}" aria-labelledby="${field.name}_label" type="text" class="styles--2e9Cp styles--3fKJu" rows="5" dir="auto"></textarea>`
      : `<input aria-required="${!!field.required}" id="${field.name}" maxlength="255" name="${field.name}" aria-labelledby="${field.name}_label"${field.required ? ' required=""' : ''} type="text" class="styles--2e9Cp" dir="auto" value="">`;
    return `<div class="styles--cell"><label class="styles--3aPac">${head}<div data-role="illustrated-input" class="styles--1tBNa"><div class="styles--3qHIU">${control}</div></div></label><div class="styles--2v-7u"><span class="styles--error" role="alert"></span></div></div>`;
  }

  /** "05/2019" for the month a picker's tile stands for. */
  const monthText = (year, month) => `${String(month + 1).padStart(2, '0')}/${year}`;

  /** react-datepicker's month picker (showMonthYearPicker): a year with Previous/Next and twelve month tiles. */
  function pickerHtml(year, selected) {
    const now = new Date();
    const tiles = MONTHS.map((name, month) => {
      const future = year > now.getFullYear() || (year === now.getFullYear() && month > now.getMonth());
      const chosen = selected === monthText(year, month);
      return `<div class="react-datepicker__month-text react-datepicker__month-${month}${future ? ' react-datepicker__month-text--disabled' : ''}${chosen ? ' react-datepicker__month-text--selected' : ''}" role="option" tabindex="${chosen ? 0 : -1}" aria-label="Choose ${name} ${year}" aria-selected="${chosen}"${future ? ' aria-disabled="true"' : ''} data-month="${month}">${name.slice(0, 3)}</div>`;
    }).join('');
    return `<div class="react-datepicker__tab-loop"><div class="react-datepicker-popper" data-placement="bottom-start"><div class="react-datepicker" role="dialog" aria-label="Choose Date" aria-modal="true"><button type="button" class="react-datepicker__navigation react-datepicker__navigation--previous" aria-label="Previous Year"><span>Previous Year</span></button><div class="react-datepicker__month-container"><div class="react-datepicker__header"><div class="react-datepicker__current-month react-datepicker-year-header">${year}</div></div><div class="react-datepicker__month react-datepicker__monthPicker" role="listbox" aria-label="month ${year}">${tiles}</div></div><button type="button" class="react-datepicker__navigation react-datepicker__navigation--next" aria-label="Next Year"><span>Next Year</span></button></div></div></div>`;
  }

  /** A saved entry's card: each value the entry holds, named by its field (SOURCES.md). */
  function cardHtml(section, entry) {
    const rows = ENTRY_FIELDS[section]
      .filter((field) => !field.checkbox && entry[field.name])
      .map((field) => `<dt>${field.label}</dt><dd data-ui="${field.name}"><span></span></dd>`)
      .join('');
    const current = entry.current ? '<dt>End date</dt><dd data-ui="current"><span>Present</span></dd>' : '';
    return `<div data-ui="group"><dl>${rows}${current}</dl><div><button data-ui="section-actions" type="button" aria-haspopup="true" aria-expanded="false" aria-label="Options"></button></div></div>`;
  }

  function wireEntrySection(box) {
    const section = box.getAttribute('data-ui');
    const fields = ENTRY_FIELDS[section];
    const add = box.querySelector('button[data-ui="add-section"]');
    const editorKey = `${section}Editor`;
    const native = {
      input: Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value'),
      textarea: Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value'),
    };
    window.__state[section] = [];
    window.__state[editorKey] = null;
    let item = null;
    let picker = null;
    let errors = new Set();

    const list = () => box.querySelector(':scope > ul') || box.appendChild(document.createElement('ul'));
    const setAdd = (enabled) => {
      add.disabled = !enabled;
      if (enabled) add.removeAttribute('aria-disabled');
      else add.setAttribute('aria-disabled', 'true');
    };

    function openEditor() {
      const draft = {};
      for (const field of fields) draft[field.name] = field.checkbox ? false : '';
      window.__state[editorKey] = draft;
      item = document.createElement('li');
      item.innerHTML = `<div data-ui="editor">${fields.map(cellHtml).join('')}<div class="styles--cell"><button data-ui="save-section" type="button" class="button--2de5X primary--25RCR">Update</button> <button data-ui="cancel-section" type="button" class="button--2de5X tertiary--1JsWJ">Cancel</button></div></div>`;
      list().prepend(item);
      const editor = item.firstElementChild;
      for (const field of fields) {
        const el = editor.querySelector(`[name="${field.name}"]`);
        if (field.checkbox) {
          el.addEventListener('click', () => {
            draft.current = el.checked;
            C.scheduleRender();
          });
        } else if (field.date) {
          // Typed or pasted text is not the picker's: the next render puts the picked month back.
          el.addEventListener('input', C.scheduleRender);
          el.addEventListener('click', () => {
            if (picker && picker.name === field.name) return;
            const shown = /^(\d{2})\/(\d{4})$/.exec(draft[field.name]);
            picker = { name: field.name, year: shown ? Number(shown[2]) : new Date().getFullYear() };
            C.scheduleRender();
          });
        } else {
          el.addEventListener('input', () => {
            draft[field.name] = (field.tag === 'textarea' ? native.textarea : native.input).get.call(el);
            errors.delete(field.name);
            C.scheduleRender();
          });
          el.addEventListener('blur', C.scheduleRender);
        }
      }
      editor.addEventListener('click', (event) => {
        const target = event.target;
        const tile = target.closest('.react-datepicker__month-text');
        if (tile && picker && tile.getAttribute('aria-disabled') !== 'true') {
          draft[picker.name] = monthText(picker.year, Number(tile.getAttribute('data-month')));
          picker = null;
          C.scheduleRender();
          return;
        }
        const navigation = target.closest('.react-datepicker__navigation');
        if (navigation && picker) {
          picker.year += navigation.getAttribute('aria-label') === 'Next Year' ? 1 : -1;
          C.scheduleRender();
          return;
        }
        const button = target.closest('button[data-ui="save-section"], button[data-ui="cancel-section"]');
        if (!button) return;
        if (button.getAttribute('data-ui') === 'cancel-section') return closeEditor(null);
        const missing = fields.filter((field) => field.required && !draft[field.name].trim());
        if (missing.length) {
          errors = new Set(missing.map((field) => field.name));
          C.scheduleRender();
          return;
        }
        const entry = { ...draft };
        setTimeout(() => closeEditor(entry), SAVE_DELAY_MS);
      });
    }

    function closeEditor(saved) {
      if (!item) return;
      if (saved) {
        const card = document.createElement('li');
        card.innerHTML = cardHtml(section, saved);
        for (const dd of card.querySelectorAll('dd[data-ui]:not([data-ui="current"])')) dd.firstChild.textContent = saved[dd.getAttribute('data-ui')];
        card.querySelector('[data-ui="section-actions"]').setAttribute('aria-label', `Options for ${saved[fields[0].name]}`);
        item.replaceWith(card);
        window.__state[section].unshift(saved);
      } else {
        item.remove();
      }
      item = null;
      picker = null;
      errors = new Set();
      window.__state[editorKey] = null;
      setAdd(true);
      C.scheduleRender();
    }

    add.addEventListener('click', () => {
      if (add.disabled || item) return;
      setAdd(false);
      setTimeout(openEditor, ADD_DELAY_MS);
    });
    box.addEventListener('click', (event) => {
      const actions = event.target.closest('[data-ui="section-actions"]');
      if (actions) window.__opened.push(actions.getAttribute('aria-label'));
    });
    // A click elsewhere or Escape closes the picker unchanged.
    document.addEventListener('click', (event) => {
      if (!picker || !item) return;
      const cell = item.querySelector(`[name="${picker.name}"]`).closest('.styles--cell');
      if (!cell.contains(event.target)) {
        picker = null;
        C.scheduleRender();
      }
    });
    document.addEventListener('keydown', (event) => {
      if (picker && event.key === 'Escape') {
        picker = null;
        C.scheduleRender();
      }
    });

    C.view(() => {
      if (!item) return;
      const draft = window.__state[editorKey];
      const editor = item.firstElementChild;
      for (const field of fields) {
        const el = editor.querySelector(`[name="${field.name}"]`);
        if (field.checkbox) {
          el.checked = draft.current;
          el.parentElement.setAttribute('aria-checked', String(draft.current));
          el.closest('label').setAttribute('data-checked', String(draft.current));
          continue;
        }
        const setter = field.tag === 'textarea' ? native.textarea : native.input;
        if (setter.get.call(el) !== draft[field.name]) setter.set.call(el, draft[field.name]);
        const error = el.closest('.styles--cell').querySelector('.styles--error');
        if (error) error.textContent = errors.has(field.name) ? 'This is a required field.' : '';
        if (field.date) {
          const cell = el.closest('.styles--cell');
          const open = picker && picker.name === field.name;
          let popper = cell.querySelector('.react-datepicker__tab-loop');
          if (!open) {
            popper?.remove();
            continue;
          }
          const shown = `${picker.year}|${draft[field.name]}`;
          if (popper && popper.getAttribute('data-shown') === shown) continue;
          popper?.remove();
          cell.insertAdjacentHTML('beforeend', pickerHtml(picker.year, draft[field.name]));
          cell.lastElementChild.setAttribute('data-shown', shown);
        }
      }
    });
  }

  function wireEntrySections(root) {
    for (const box of root.querySelectorAll('[data-ui="experience"], [data-ui="education"]')) wireEntrySection(box);
  }

  function wire(root, options) {
    randomizeIds(root);
    wirePhoneCountry(root);
    wireTexts(root);
    wireRadios(root);
    wireFiles(root);
    wireDropdowns(root, options);
  }

  window.WorkableApplication = {
    start(form, options) {
      wire(form, options);
      wireEntrySections(form);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        window.__submitted = true;
      });
      for (const opener of form.querySelectorAll('[data-ui="autofill-button"] button, [data-ui^="clear-section-"]')) {
        opener.addEventListener('click', () => window.__opened.push(opener.getAttribute('aria-label') || opener.textContent.trim()));
      }
      // The custom questions arrive after the rest of the form, and go before the submit button.
      const renderQuestions = () => {
        const template = document.getElementById('details-section');
        const section = template.content.firstElementChild.cloneNode(true);
        form.querySelector('[id^="turnstile-container-"]').before(section);
        wire(section, options);
      };
      // A test may hold the questions back and let them arrive when it says (never the page's own code).
      if (window.__holdQuestions) window.__releaseQuestions = renderQuestions;
      else setTimeout(renderQuestions, DETAILS_DELAY_MS);
    },
  };
})();
