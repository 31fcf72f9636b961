/*
 * Workday's application wizard as a small single-page app (needs controlled.js and
 * workday-widgets.js first). A page describes its steps as data and picks the markup
 * generation:
 * - 'new': ids of the shape <section>--<field> ("name--legalName--firstName",
 *   "workExperience-12--jobTitle"), formField-<field> wrappers, pageFooterNextButton;
 * - 'old': data-automation-id names on the controls ("legalNameSection_firstName",
 *   "jobTitle"), generated input-N ids, bottom-navigation-next-button.
 * Steps render one after another in the same document; Next "saves" for a moment first.
 * Repeated sections (work, education, websites, languages) start empty behind an Add button.
 * Field spec: { type, key, label, id (new), aid (old), required, options, source, single, parts }.
 */
(function () {
  const { h } = window.WD;
  const C = window.Controlled;
  const S = window.__state;
  let inputCounter = 0;
  let uuidCounter = 0;

  function WorkdayWizard(root, { generation, steps, company }) {
    const newer = generation === 'new';
    let index = 0;
    S.step = steps[0].title;
    S.submitted = false;
    S.nextClicks = 0;

    const nameOf = (spec) => spec.id.split('--').pop();
    const controlId = (spec, prefix) => (newer ? `${prefix || ''}${spec.id}` : `input-${++inputCounter}`);
    const labelFor = (spec, forId) =>
      h('label', { for: forId, id: `${forId}-label` }, h('span', { text: spec.label }), spec.required ? h('abbr', { 'aria-hidden': 'true', text: '*' }) : null);
    const wrapper = (spec, ...children) =>
      h('div', { 'data-automation-id': `formField-${newer ? nameOf(spec) : spec.aid}`, class: 'wd-field' }, ...children);
    const own = (spec, extra = {}) => (newer ? extra : { 'data-automation-id': spec.aid, ...extra });

    function field(spec, prefix, keyPrefix) {
      const key = `${keyPrefix || ''}${spec.key}`;
      const id = controlId(spec, prefix);
      const required = spec.required ? 'true' : null;
      switch (spec.type) {
        case 'text':
        case 'textarea': {
          const input = h(spec.type === 'text' ? 'input' : 'textarea', own(spec, { type: spec.type === 'text' ? 'text' : null, id, name: newer ? nameOf(spec) : null, 'aria-required': required, autocomplete: 'off' }));
          // Like React, the app ignores what happens to an input it has already replaced.
          input.addEventListener('input', (event) => { if (!input.isConnected) event.stopImmediatePropagation(); });
          C.text(input, key);
          return wrapper(spec, labelFor(spec, id), h('div', {}, input));
        }
        case 'listbox': {
          const button = h('button', own(spec, { type: 'button', 'aria-haspopup': 'listbox', id, name: newer ? nameOf(spec) : null, 'aria-expanded': 'false' }));
          WD.listbox(button, key, spec.options, { label: spec.label, required: spec.required, onCommit: spec.onCommit });
          return wrapper(spec, labelFor(spec, id), h('div', {}, button));
        }
        case 'prompt': {
          const input = h('input', { type: 'text', id, placeholder: 'Search', autocomplete: 'off', 'data-uxi-widget-type': 'selectinput', 'aria-required': required, ...(newer ? {} : { 'data-automation-id': 'searchBox' }) });
          const container = h('div', { 'data-automation-id': 'multiSelectContainer', id: `wd-prompt-${(++uuidCounter).toString(16).padStart(8, '0')}-4d1a-9c3e`, 'data-uxi-widget-type': 'multiselect', tabindex: '-1' },
            h('div', { 'data-automation-id': 'multiselectInputContainer' }, input, h('div', { 'data-automation-id': 'promptAriaInstruction', class: 'wd-sr', 'aria-hidden': 'true' })),
            h('ul', { role: 'listbox', 'data-automation-id': 'selectedItemList', 'aria-label': 'items selected', class: 'wd-pills' }),
            h('span', { 'data-automation-id': 'promptIcon', 'aria-hidden': 'true', text: '☰' }));
          WD.prompt(container, key, spec.source, { single: spec.single });
          return wrapper(spec, labelFor(spec, id), h('div', {}, container));
        }
        case 'date': {
          const parts = spec.parts || ['month', 'year'];
          const names = { month: 'Month', day: 'Day', year: 'Year' };
          const shown = { month: 'MM', day: 'DD', year: 'YYYY' };
          const inputs = parts.map((part) =>
            h('div', { 'data-automation-id': `dateSection${names[part]}` },
              h('input', { type: 'text', role: 'spinbutton', id: newer ? `${prefix || ''}${spec.id}-dateSection${names[part]}-input` : `input-${++inputCounter}`, 'data-automation-id': `dateSection${names[part]}-input`, 'aria-label': names[part], placeholder: shown[part], inputmode: 'numeric', 'aria-required': required, autocomplete: 'off' })));
          const dateWrapper = h('div', { 'data-automation-id': 'dateInputWrapper', role: 'group' }, ...inputs,
            h('button', { type: 'button', 'data-automation-id': 'dateIcon', 'aria-label': 'Calendar', tabindex: '-1' }));
          WD.date(dateWrapper, key);
          return wrapper(spec, h('fieldset', {}, h('legend', {}, h('label', {}, spec.label, spec.required ? h('abbr', { 'aria-hidden': 'true', text: '*' }) : null)), h('div', {}, dateWrapper)));
        }
        case 'checkbox': {
          const input = h('input', own(spec, { type: 'checkbox', id }));
          WD.checkbox(input, key);
          return wrapper(spec, h('div', {}, input, labelFor(spec, id)));
        }
        case 'radio':
        case 'checkgroup': {
          const inputs = spec.options.map(([value, text]) => {
            const inputId = newer ? `wd-choice-${++uuidCounter}` : `input-${++inputCounter}`;
            return [h('input', { type: spec.type === 'radio' ? 'radio' : 'checkbox', id: inputId, name: newer ? nameOf(spec) : spec.aid, value }), text, inputId];
          });
          C.choices(inputs.map(([input]) => input), key);
          const legendId = `${id}-legend`;
          return wrapper(spec, h('fieldset', own(spec, {}),
            h('legend', { id: legendId }, h('label', {}, spec.label, spec.required ? h('abbr', { 'aria-hidden': 'true', text: '*' }) : null)),
            spec.hint ? h('p', { text: spec.hint }) : null,
            h('div', { role: spec.type === 'radio' ? 'radiogroup' : 'group', 'aria-labelledby': legendId },
              inputs.map(([input, text, inputId]) => h('div', {}, input, h('label', { for: inputId, text }))))));
        }
        case 'file': {
          const input = h('input', { type: 'file', 'data-automation-id': 'file-upload-input-ref', id: newer ? spec.id : `input-${++inputCounter}`, accept: '.pdf,.doc,.docx', tabindex: '-1', class: 'wd-file-input' });
          const zone = h('div', { 'data-automation-id': 'file-upload-drop-zone', class: 'wd-drop' }, input,
            h('p', { text: 'Drop file here' }), h('p', { text: 'or' }),
            h('button', { type: 'button', 'data-automation-id': 'select-files', text: 'Select files' }));
          const done = h('div', { 'data-automation-id': 'file-upload-successful', hidden: true },
            h('div', { 'data-automation-id': 'file-upload-item-name' }), h('span', { text: 'Successfully Uploaded!' }));
          const block = h('div', {}, zone, done);
          WD.dropZone(zone, key);
          return block;
        }
        default:
          throw new Error(`unknown field type ${spec.type}`);
      }
    }

    /** A titled group of fields that is not repeated ("Legal Name", "Address"). */
    function group(spec) {
      const headingId = `${spec.heading.replace(/\W+/g, '-')}-section`;
      const body = h('div', {});
      const render = () => body.replaceChildren(...spec.fields.filter((f) => !f.when || f.when()).map((f) => field(f)));
      render();
      if (spec.rerenderOn) spec.rerenderOn(render);
      return h('div', { role: 'group', 'aria-labelledby': headingId, ...(newer ? {} : { 'data-automation-id': spec.aid }) },
        spec.heading ? h('h3', { id: headingId, text: spec.heading }) : null, body);
    }

    /**
     * A repeated section: its Add button renders "<Item> N" panels. Panel state keys are
     * <stateKey><N>.<field key>, N counted from 1; new-generation ids carry an internal
     * counter that is not the panel's position.
     */
    function repeat(spec) {
      const headingId = `${spec.heading.replace(/\W+/g, '-')}-section`;
      const panels = h('div', {});
      const add = h('button', { type: 'button', 'data-automation-id': newer ? 'add-button' : 'Add', text: 'Add' });
      S[`${spec.stateKey}Count`] = 0;
      add.addEventListener('click', () => {
        // The new panel renders after a round trip, as Workday's does.
        setTimeout(() => {
          const n = panels.children.length + 1;
          const counter = 10 + ++uuidCounter;
          const prefix = `${spec.idPrefix}-${counter}--`;
          const headingText = `${spec.item} ${n}`;
          const panelHeadingId = `${spec.idPrefix}-${counter}-heading`;
          const keyPrefix = `${spec.stateKey}${n}.`;
          // Each field keeps its own slot: a conditional field ("To", gone while "I currently work
          // here" is checked) comes and goes without re-creating its neighbours.
          const slots = spec.fields.map((f) => ({ f, el: h('div', {}) }));
          const panel = h('div', { role: 'group', 'aria-labelledby': panelHeadingId, ...(newer ? {} : { 'data-automation-id': `${spec.panelAid}-${n}` }) },
            h('h4', { id: panelHeadingId, text: headingText }),
            h('button', { type: 'button', 'data-automation-id': 'panel-set-delete-button', text: 'Delete', 'aria-label': `Delete ${headingText}` }),
            h('div', {}, ...slots.map((slot) => slot.el)));
          panels.append(panel);
          C.view(() => {
            for (const { f, el } of slots) {
              const shown = !f.when || f.when(keyPrefix);
              if (shown && !el.firstChild) el.append(field(f, prefix, keyPrefix));
              else if (!shown && el.firstChild) el.replaceChildren();
            }
          });
          S[`${spec.stateKey}Count`] = n;
          add.textContent = 'Add Another';
          add.setAttribute('aria-label', `Add Another ${spec.item}`);
        }, 150);
      });
      return h('div', { role: 'group', 'aria-labelledby': headingId, ...(newer ? {} : { 'data-automation-id': spec.sectionAid }) },
        h('h3', { id: headingId, text: spec.heading }), panels, add);
    }

    function block(spec) {
      if (spec.type === 'group') return group(spec);
      if (spec.type === 'repeat') return repeat(spec);
      return field(spec);
    }

    const progress = h('ol', { 'data-automation-id': 'progressBar', class: 'wd-progress' });
    const page = h('div', { 'data-automation-id': 'applyFlowPage-content' });
    const back = h('button', { type: 'button', 'data-automation-id': newer ? 'pageFooterBackButton' : 'bottom-navigation-back-button', text: 'Back' });
    const next = h('button', { type: 'button', 'data-automation-id': newer ? 'pageFooterNextButton' : 'bottom-navigation-next-button', text: 'Save and Continue' });
    const submit = h('button', { type: 'button', 'data-automation-id': newer ? 'pageFooterSubmitButton' : 'bottom-navigation-submit-button', text: 'Submit', hidden: true });
    const honeypot = h('input', { type: 'text', 'data-automation-id': 'beecatcher', id: 'beecatcher', name: 'website', tabindex: '-1', autocomplete: 'off' });
    C.text(honeypot, 'beecatcher');

    function show(i) {
      WD.closePopup();
      index = i;
      const step = steps[i];
      S.step = step.title;
      progress.replaceChildren(...steps.map((s, n) => {
        const id = n === i ? 'progressBarActiveStep' : n < i ? 'progressBarCompletedStep' : 'progressBarInactiveStep';
        const spoken = `${n === i ? 'current step' : n < i ? 'completed step' : 'step'} ${n + 1} of ${steps.length}`;
        return h('li', { 'data-automation-id': id }, h('label', { class: 'wd-sr', text: spoken }), h('label', { text: s.title }));
      }));
      page.replaceChildren(
        h('div', { 'data-automation-id': `applyFlow${step.title.replace(/\W+/g, '')}Page` },
          h('h2', { text: step.title }),
          ...(step.blocks || []).map(block)));
      back.hidden = i === 0;
      next.hidden = i === steps.length - 1;
      submit.hidden = i !== steps.length - 1;
      window.scrollTo(0, 0);
    }

    next.addEventListener('click', () => {
      S.nextClicks += 1;
      next.disabled = true;
      // "Save and Continue" posts the step before the next one renders.
      setTimeout(() => {
        next.disabled = false;
        show(Math.min(index + 1, steps.length - 1));
      }, 300);
    });
    back.addEventListener('click', () => show(Math.max(index - 1, 0)));
    submit.addEventListener('click', () => { S.submitted = true; });

    root.replaceChildren(
      h('div', { 'data-automation-id': 'applyFlowPage' },
        h('h2', { 'data-automation-id': 'jobTitleHeading', text: company.jobTitle }),
        h('div', { 'aria-label': 'Application Progress' }, progress),
        page,
        h('div', { 'data-automation-id': 'pageFooter', class: 'wd-footer' }, back, next, submit),
        h('div', { class: 'wd-honeypot' },
          h('label', { for: 'beecatcher', text: "Enter website. This input is for robots only, do not enter if you're human." }), honeypot)));
    show(0);
  }

  window.WorkdayWizard = WorkdayWizard;
})();
