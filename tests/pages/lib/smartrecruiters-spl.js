/*
 * SmartRecruiters' "spl-*" web components as the one-click apply form (jobs.smartrecruiters.com/
 * oneclick-ui) renders them, reduced to the parts that decide how a form filler meets them.
 * tests/pages/smartrecruiters/SOURCES.md says where each shape and behaviour comes from and what
 * is guessed. Every component keeps its markup in an OPEN shadow root; the controls sit one or two
 * shadow roots below the page:
 * - spl-input / spl-textarea: <spl-internal-form-field> (a shadow root of its own that slots its
 *   children) holding <label for> and the native control, both in the component's shadow root.
 *   The caption is the `label` attribute, or the host's light-DOM <span slot="label-content">
 *   (screening questions): the label's own text is then only the required mark "*".
 * - spl-autocomplete: spl-dropdown > spl-input, so the combobox input is two shadow roots down and
 *   its aria-controls names a listbox one shadow root out; rows are <spl-select-option> without
 *   role=option. Searches from 3 characters; only a clicked suggestion commits, typed text is
 *   cleared when the input loses focus without one. On the screening step the same component is
 *   a list: its input straight in its shadow root, its menu the page's own element beside the
 *   question, opened by ArrowDown, each option's words drawn in a shadow root of their own.
 * - spl-phone-field: a country picker already set to the applicant's country and a tel input in a
 *   nested spl-input.
 * - spl-dropzone: a role=button zone and a hidden <input type=file id=file-input> side by side at
 *   the top of its shadow root.
 * - spl-radio-group / spl-radio: painted radios (role=radio, aria-checked) with no native input.
 * - spl-checkbox: a native checkbox inside, the caption slotted from the host.
 * - spl-button: a native <button type=button> inside.
 * Values travel as Angular's ControlValueAccessor hears them: the component listens to its inner
 * control and emits `splChange` from its host (composed); the app keeps only what it heard.
 */
(function () {
  let generated = 0;
  /** Ids the library generates for controls the app does not name: spl-form-element_N. */
  const nextId = () => `spl-form-element_${++generated}`;

  const STYLE = `
    :host { display: block; margin: 0 0 16px; font: 14px/1.4 system-ui, sans-serif; color: #1f2933; }
    .c-spl-form-field-label { display: block; margin-bottom: 4px; font-weight: 600; }
    .c-spl-form-field-required-mark { color: #c81e1e; margin-left: 2px; }
    .c-spl-input, textarea { box-sizing: border-box; width: 100%; padding: 8px 10px; border: 1px solid #9aa5b1; border-radius: 4px; font: inherit; }
    textarea { min-height: 90px; }
  `;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  }

  /** The label the library renders: the caption slotted in, the app's own words as fallback. */
  function labelHtml(id, caption, required) {
    return (
      `<label class="c-spl-form-field-label" for="${id}" id="${id}-label">` +
      `<span class="c-spl-form-field-label-required-group"><slot name="label-content">${escapeHtml(caption || '')}</slot>` +
      (required ? `<span class="c-spl-form-field-required-mark" aria-hidden="true">*</span>` : '') +
      `</span></label>`
    );
  }

  class SplInternalFormField extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>:host { display: block; }</style><div class="c-spl-form-field"><slot name="label"></slot><slot></slot></div>`;
    }
  }

  /** What the field components share: a value heard from the native control, Angular's classes on the host. */
  class SplField extends HTMLElement {
    get value() {
      return this._value === undefined ? '' : this._value;
    }
    get control() {
      return this.shadowRoot && this.shadowRoot.querySelector('input:not([type="file"]), textarea');
    }
    /** The control's id: the app's (first-name-input), the host's own (question_…), or a generated one. */
    controlId() {
      return this.getAttribute('input-id') || this.id || nextId();
    }
    emit(value) {
      this._value = value;
      this.classList.replace('ng-pristine', 'ng-dirty');
      this.validate();
      this.dispatchEvent(new CustomEvent('splChange', { detail: value, bubbles: true, composed: true }));
    }
    validate() {
      const invalid = this.hasAttribute('required') && !String(this.value).trim();
      this.classList.toggle('ng-invalid', invalid);
      this.classList.toggle('ng-valid', !invalid);
    }
    listen(control) {
      this.classList.add('ng-untouched', 'ng-pristine');
      control.addEventListener('input', () => this.emit(control.value));
      control.addEventListener('blur', () => this.classList.replace('ng-untouched', 'ng-touched'));
      this.validate();
    }
  }

  class SplInput extends SplField {
    connectedCallback() {
      if (this.shadowRoot) return;
      const id = this.controlId();
      const type = this.getAttribute('type') || 'text';
      const required = this.hasAttribute('required');
      const aria = this.getAttribute('aria-label') ? ` aria-label="${escapeHtml(this.getAttribute('aria-label'))}"` : '';
      const caption = this.getAttribute('label');
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>${STYLE}</style><spl-internal-form-field>` +
        (caption || this.querySelector('[slot="label-content"]') ? labelHtml(id, caption, required) : '') +
        `<div class="c-spl-input-grid"><div class="c-spl-input-wrapper">` +
        `<input class="c-spl-input" id="${id}" type="${type}"${aria}${required ? ' aria-required="true"' : ''}>` +
        `</div></div></spl-internal-form-field>`;
      this.listen(this.control);
    }
  }

  class SplTextarea extends SplField {
    connectedCallback() {
      if (this.shadowRoot) return;
      const id = this.controlId();
      const required = this.hasAttribute('required');
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>${STYLE}</style><spl-internal-form-field>${labelHtml(id, this.getAttribute('label'), required)}` +
        `<textarea class="c-spl-textarea" id="${id}"${required ? ' aria-required="true"' : ''}></textarea></spl-internal-form-field>`;
      this.listen(this.control);
    }
  }

  /** The popup beside a trigger: the menu slot shows only while open. */
  class SplDropdown extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>:host { display: block; position: relative; } .c-spl-dropdown-menu { display: none; position: absolute; z-index: 10; left: 0; right: 0; ` +
        `background: #fff; border: 1px solid #9aa5b1; border-radius: 4px; } :host([open]) .c-spl-dropdown-menu { display: block; }</style>` +
        `<slot></slot><div class="c-spl-dropdown-menu"><slot name="menu"></slot></div>`;
    }
  }

  class SplSelectOption extends HTMLElement {
    connectedCallback() {
      this.style.display = 'block';
      this.style.padding = '6px 10px';
      this.style.cursor = 'pointer';
    }
  }

  /**
   * The city search. `window.SplPlaces` lists what the geocoder answers; searches are kept in
   * window.__citySearches. Only a clicked suggestion commits; a value typed and left is cleared.
   */
  /**
   * A screening question's list (`window.SplChoices[id]`): the input straight in the component's
   * shadow root, the menu the page's own element beside the question (menu-<id>). The menu fills
   * only on ArrowDown (pointer clicks do nothing) and then filters as the candidate types; each
   * option's words are drawn in a shadow root of their own, and only a click on the option's
   * inner element commits.
   */
  function startChoiceList(host, menu) {
    const required = host.hasAttribute('required');
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<style>${STYLE}</style><spl-internal-form-field><div class="c-spl-input-grid"><div class="c-spl-input-wrapper">` +
      `<input class="c-spl-input" type="text" role="combobox" aria-controls="menu-${host.id}" aria-expanded="false" autocomplete="off"` +
      ` placeholder="${escapeHtml(host.getAttribute('placeholder') || '')}"${required ? ' aria-required="true"' : ''}>` +
      `</div></div></spl-internal-form-field>`;
    const input = host.shadowRoot.querySelector('input');
    const choices = (window.SplChoices || {})[host.id] || [];
    const close = () => {
      menu.replaceChildren();
      input.setAttribute('aria-expanded', 'false');
    };
    const open = () => {
      const typed = input.value.trim().toLowerCase();
      menu.replaceChildren(
        ...choices.filter((choice) => choice.toLowerCase().includes(typed)).map((choice) => {
          const row = document.createElement('spl-select-option');
          const leaf = document.createElement('spl-truncate');
          const words = document.createElement('spl-typography-body');
          words.attachShadow({ mode: 'open' }).innerHTML = `<span>${escapeHtml(choice)}</span>`;
          leaf.append(words);
          row.append(leaf);
          row.addEventListener('mousedown', (event) => event.preventDefault());
          leaf.addEventListener('click', () => {
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, choice);
            close();
            host.emit(choice);
          });
          return row;
        }),
      );
      input.setAttribute('aria-expanded', 'true');
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') open();
      if (event.key === 'Escape') close();
    });
    input.addEventListener('input', () => {
      if (input.getAttribute('aria-expanded') === 'true') open();
    });
    input.addEventListener('blur', close);
    host.validate();
  }

  class SplAutocomplete extends SplField {
    connectedCallback() {
      if (this.shadowRoot) return;
      const outsideMenu = this.id && document.getElementById(`menu-${this.id}`);
      if (outsideMenu) return startChoiceList(this, outsideMenu);
      const id = nextId();
      const required = this.hasAttribute('required') ? ' required' : '';
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>:host { display: block; }</style><spl-dropdown class="c-spl-autocomplete-dropdown">` +
        `<div class="c-spl-autocomplete-trigger"><spl-input id="${id}" label="${escapeHtml(this.getAttribute('label') || '')}"${required}></spl-input></div>` +
        `<div id="menu-${id}" role="listbox" slot="menu"></div></spl-dropdown>`;
      const dropdown = this.shadowRoot.querySelector('spl-dropdown');
      const inner = this.shadowRoot.querySelector('spl-input');
      const menu = this.shadowRoot.getElementById(`menu-${id}`);
      const input = inner.control;
      for (const [name, value] of [['role', 'combobox'], ['aria-haspopup', 'listbox'], ['aria-autocomplete', 'list'], ['aria-expanded', 'false'], ['aria-controls', `menu-${id}`], ['data-sr-id', `${this.getAttribute('data-sr-id') || 'autocomplete'}-search-input`], ['autocomplete', 'off']]) {
        input.setAttribute(name, value);
      }
      // The inner spl-input's own value is only the search; the autocomplete's value is the pick.
      inner.addEventListener('splChange', (event) => event.stopPropagation());
      let timer;
      let committed = null;
      const close = () => {
        dropdown.removeAttribute('open');
        input.setAttribute('aria-expanded', 'false');
        menu.replaceChildren();
      };
      const commit = (place) => {
        committed = place;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, place);
        close();
        this.emit(place);
      };
      input.addEventListener('input', () => {
        clearTimeout(timer);
        if (committed !== null && input.value !== committed) {
          committed = null;
          this.emit('');
        }
        const query = input.value.trim();
        if (query.length < 3) return close();
        timer = setTimeout(() => {
          (window.__citySearches = window.__citySearches || []).push(query);
          const rows = (window.SplPlaces || []).filter((place) => place.toLowerCase().includes(query.toLowerCase()));
          menu.replaceChildren(
            ...rows.map((place) => {
              const row = document.createElement('spl-select-option');
              row.innerHTML = `<div class="c-spl-autocomplete-option-content">${escapeHtml(place)}</div>`;
              // The option keeps the focus in the input, as a person's click on it does.
              row.addEventListener('mousedown', (event) => event.preventDefault());
              row.addEventListener('click', () => commit(place));
              return row;
            }),
          );
          dropdown.setAttribute('open', '');
          input.setAttribute('aria-expanded', 'true');
        }, 300);
      });
      input.addEventListener('blur', () => {
        clearTimeout(timer);
        close();
        if (committed === null && input.value) Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, '');
      });
      this.validate();
    }
  }

  /** The phone: a country picker SmartRecruiters presets to the applicant's country, and the number. */
  class SplPhoneField extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const country = this.getAttribute('country') || 'US';
      const required = this.hasAttribute('required');
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>${STYLE} .c-spl-phone-field-content { display: flex; gap: 8px; } .c-spl-phone-field-input { flex: 1; margin: 0; }` +
        ` spl-dropdown-search { display: none; } .c-spl-phone-field-select { width: 90px; margin: 0; }</style>` +
        `<div class="c-spl-phone-field"><spl-internal-form-field>` +
        `<label class="c-spl-form-field-label">${escapeHtml(this.getAttribute('label') || 'Phone number')}${required ? '<span class="c-spl-form-field-required-mark" aria-hidden="true">*</span>' : ''}</label>` +
        `<div class="c-spl-phone-field-content">` +
        `<spl-select class="c-spl-phone-field-select" value="${country}"><spl-dropdown-search slot="search"></spl-dropdown-search>` +
        `<div slot="triggerPrefix" class="c-spl-phone-field-selected-value-container"><span class="c-spl-phone-field-selected-value">+1</span></div></spl-select>` +
        `<spl-input class="c-spl-phone-field-input" type="tel" aria-label="Phone number"${required ? ' required' : ''}></spl-input>` +
        `</div></spl-internal-form-field></div>`;
      const search = this.shadowRoot.querySelector('spl-dropdown-search');
      search.attachShadow({ mode: 'open' }).innerHTML =
        `<div><input type="text" role="combobox" aria-label="Search by country/region or code"></div>`;
      const number = this.shadowRoot.querySelector('spl-input');
      number.addEventListener('splChange', (event) => {
        event.stopPropagation();
        this.value = { country, number: event.detail };
        this.dispatchEvent(new CustomEvent('splChange', { detail: this.value, bubbles: true, composed: true }));
      });
      this.value = { country, number: '' };
    }
  }

  /** The resume drop zone: a click on the zone opens the file input beside it; a drop gives it the files. */
  class SplDropzone extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const accept = this.getAttribute('accept') || '.pdf,.doc,.docx,.odt,.rtf';
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>:host { display: block; margin: 0 0 16px; } div[role="button"] { padding: 24px; border: 2px dashed #9aa5b1; border-radius: 6px; text-align: center; cursor: pointer; }` +
        ` input { display: none; }</style>` +
        `<div role="button" tabindex="0"><span>Choose a file or drop it here</span></div>` +
        `<input tabindex="-1" type="file" id="file-input" accept="${accept}">`;
      const zone = this.shadowRoot.querySelector('div[role="button"]');
      const input = this.shadowRoot.querySelector('input');
      const take = (files) => {
        const file = files && files[0];
        if (!file) return;
        zone.firstElementChild.textContent = file.name;
        this.dispatchEvent(new CustomEvent('splChange', { detail: file, bubbles: true, composed: true }));
      };
      zone.addEventListener('click', () => input.click());
      input.addEventListener('change', () => take(input.files));
      zone.addEventListener('dragover', (event) => event.preventDefault());
      zone.addEventListener('drop', (event) => {
        event.preventDefault();
        take(event.dataTransfer && event.dataTransfer.files);
      });
    }
  }

  class SplRadio extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.setAttribute('role', 'radio');
      if (!this.hasAttribute('aria-checked')) this.setAttribute('aria-checked', 'false');
      this.tabIndex = 0;
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>:host { display: flex; align-items: center; gap: 8px; cursor: pointer; margin: 4px 0; } .c-spl-radio__ring { width: 14px; height: 14px; border: 2px solid #52606d; border-radius: 50%; }` +
        ` :host([aria-checked="true"]) .c-spl-radio__ring { background: #0b69a3; }</style>` +
        `<div class="c-spl-radio"><div class="c-spl-radio__ring"></div></div>` +
        `<label class="c-spl-form-field-label"><span>${escapeHtml(this.getAttribute('label') || '')}</span></label>`;
    }
  }

  /** A yes/no question: the caption slotted, the radios painted, the value the clicked radio's. */
  class SplRadioGroup extends SplField {
    connectedCallback() {
      if (this.shadowRoot) return;
      const id = this.id || nextId();
      const required = this.hasAttribute('required');
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>${STYLE}</style><spl-internal-form-field>${labelHtml(id, this.getAttribute('label'), required)}` +
        `<fieldset role="radiogroup" class="c-spl-radio-group" aria-labelledby="${id}-label"${required ? ' aria-required="true"' : ''} style="border:0;padding:0;margin:0">` +
        `<slot></slot></fieldset></spl-internal-form-field>`;
      this.addEventListener('click', (event) => {
        const radio = event.target.closest && event.target.closest('spl-radio');
        if (!radio || radio.parentElement !== this) return;
        for (const other of this.querySelectorAll(':scope > spl-radio')) other.setAttribute('aria-checked', String(other === radio));
        this.emit(radio.getAttribute('value'));
      });
      this.validate();
    }
  }

  class SplCheckbox extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const id = nextId();
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>:host { display: block; margin: 0 0 16px; font: 14px/1.4 system-ui, sans-serif; }</style>` +
        `<div class="c-spl-checkbox"><input type="checkbox" id="${id}"${this.hasAttribute('required') ? ' required aria-required="true"' : ''}>` +
        `<label for="${id}"><slot></slot></label></div>`;
      const box = this.shadowRoot.querySelector('input');
      box.addEventListener('change', () => {
        this.value = box.checked;
        this.dispatchEvent(new CustomEvent('splChange', { detail: box.checked, bubbles: true, composed: true }));
      });
      this.value = false;
    }
  }

  class SplButton extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>button { padding: 10px 18px; border-radius: 4px; border: 1px solid #0b69a3; background: #0b69a3; color: #fff; font: 600 14px system-ui, sans-serif; }</style>` +
        `<button type="button" class="c-spl-button c-spl-button--${this.getAttribute('type') || 'primary'}"><slot></slot></button>`;
    }
  }

  const components = {
    'spl-internal-form-field': SplInternalFormField,
    'spl-input': SplInput,
    'spl-textarea': SplTextarea,
    'spl-dropdown': SplDropdown,
    'spl-select-option': SplSelectOption,
    'spl-autocomplete': SplAutocomplete,
    'spl-phone-field': SplPhoneField,
    'spl-dropzone': SplDropzone,
    'spl-radio': SplRadio,
    'spl-radio-group': SplRadioGroup,
    'spl-checkbox': SplCheckbox,
    'spl-button': SplButton,
  };
  // The menu beside a screening question: shown while it lists something.
  document.head.insertAdjacentHTML('beforeend', '<style>[id^="menu-question_"] { display: block; border: 1px solid #9aa5b1; border-radius: 4px; margin-top: -12px; margin-bottom: 16px; } [id^="menu-question_"]:empty { display: none; }</style>');
  for (const [name, component] of Object.entries(components)) customElements.define(name, component);
})();
