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
 * - the Details section (custom questions) renders after the others.
 * A test that sets window.__holdQuestions before the page loads renders the questions by calling
 * window.__releaseQuestions() instead.
 * window.__state holds the committed values by control name (the phone's country, which has no
 * control of its own, as phoneCountry); window.__submitted whether anything
 * submitted the form, window.__photoRefused whether the photo was given a file it refused, and
 * window.__opened what was pressed that opens more of the form ("+ Add", "Import resume from").
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
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        window.__submitted = true;
      });
      for (const opener of form.querySelectorAll('[data-ui="add-section"], [data-ui="autofill-button"] button, [data-ui^="clear-section-"]')) {
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
