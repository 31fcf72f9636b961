/*
 * Workday's application wizard as a small single-page app (needs controlled.js and
 * workday-widgets.js first). A page describes its steps as data and picks the markup
 * generation (see tests/pages/workday/SOURCES.md for what is captured and what is guessed):
 * - 'new': ids of the shape <section>--<field> ("name--legalName--firstName",
 *   "workExperience-12--jobTitle"), formField-<field> wrappers with data-fkit-id, section
 *   groups labelled "<Heading>-section" with <h4>, entries labelled "<Item>-<n>-panel" with
 *   <h5>, step pages marked applyFlow<Step>Page, footer buttons without a type
 *   (pageFooterNextButton reads "Submit" on Review), and no <form> anywhere;
 * - 'old': data-automation-id names on the controls ("legalNameSection_firstName",
 *   "jobTitle"), generated input-N ids, bottom-navigation-next-button and a separate Submit.
 * Steps render one after another in the same document; Next "saves" for a moment first.
 * Repeated sections (work, education, websites, languages) start empty behind an Add button.
 * Field spec: { type, key, label, id (new), aid (old), required, options, source, single, parts,
 * question (a questionnaire question: its label is a rich-text legend) }.
 * The tests read window.__state (committed values), window.__stepKeys (the state keys each
 * step's fields write) and the navigation counters in __state.
 */
(function () {
  const { h } = window.WD;
  const C = window.Controlled;
  const S = window.__state;
  const stepKeys = (window.__stepKeys = {});
  let inputCounter = 0;
  let uuidCounter = 0;
  let labelCounter = 100;
  /** A Workday-looking uuid, different on every render as Workday's are. */
  const uuid = () => `${(0x5f3a0000 + ++uuidCounter).toString(16)}-4d1a-4c3e-9b2a-${(0x1c0ffee0000 + uuidCounter).toString(16)}`;

  function WorkdayWizard(root, { generation, steps, company }) {
    const newer = generation === 'new';
    let index = 0;
    S.step = steps[0].title;
    S.submitted = false;
    S.nextClicks = 0;
    // Clicks a script sends instead of a person: Applyfill must never press these buttons.
    S.untrustedNavClicks = 0;

    /** The state keys the step on screen writes; the tests compare a step's whole state. */
    const track = (key) => {
      const keys = (stepKeys[S.step] ||= []);
      if (!keys.includes(key)) keys.push(key);
      return key;
    };

    const nameOf = (spec) => spec.id.split('--').pop();
    const controlId = (spec, prefix) => (newer ? `${prefix || ''}${spec.id}` : `input-${++inputCounter}`);
    const required = (spec) => (spec.required ? h('abbr', { 'aria-hidden': 'true', text: '*' }) : null);
    const labelFor = (spec, forId) => h('label', { for: forId, id: newer ? null : `${forId}-label` }, h('span', {}, spec.label, required(spec)));
    const wrapper = (spec, prefix, ...children) =>
      h('div', {
        'data-automation-id': `formField-${newer ? nameOf(spec) : spec.aid}`,
        'data-fkit-id': newer ? `${prefix || ''}${spec.id}` : null,
        class: 'wd-field',
      }, ...children);
    /** Where a control sits in its field: today's pages nest it two levels down, beside an alerts slot. */
    const slot = (...controls) => (newer ? h('div', {}, h('div', { class: 'wd-control' }, ...controls), h('div', {})) : h('div', {}, ...controls));
    const own = (spec, extra = {}) => (newer ? extra : { 'data-automation-id': spec.aid, ...extra });
    /** A questionnaire question: no label of its own, its words in a rich-text legend. */
    const richLegend = (spec) =>
      h('legend', {}, h('div', { id: `rich-label${++labelCounter}` }, h('div', { 'data-automation-id': 'richText' },
        h('p', {}, h('b', { text: spec.label }), spec.required ? h('abbr', { title: 'required', class: 'requiredAsterisk', text: '*' }) : null))));

    function field(spec, prefix, keyPrefix) {
      const key = track(`${keyPrefix || ''}${spec.key}`);
      const id = controlId(spec, prefix);
      const ariaRequired = spec.required ? 'true' : newer ? 'false' : null;
      switch (spec.type) {
        case 'text':
        case 'textarea': {
          const input = h(spec.type === 'text' ? 'input' : 'textarea', own(spec, { type: spec.type === 'text' ? 'text' : null, id, name: newer && spec.type === 'text' ? nameOf(spec) : null, 'aria-required': ariaRequired, autocomplete: newer ? null : 'off' }));
          // Like React, the app ignores what happens to an input it has already replaced.
          input.addEventListener('input', (event) => { if (!input.isConnected) event.stopImmediatePropagation(); });
          C.text(input, key);
          return wrapper(spec, prefix, labelFor(spec, id), slot(input));
        }
        case 'listbox': {
          const button = h('button', own(spec, { 'aria-haspopup': 'listbox', type: 'button', value: '', id, name: newer ? nameOf(spec) : null, 'aria-expanded': newer ? null : 'false' }));
          // Today's pages keep the chosen value's id in a text input beside the button, out of sight.
          const control = newer ? h('div', { class: 'wd-select' }, button, h('input', { type: 'text', class: 'wd-value' }), h('span', { class: 'menu-icon', 'aria-hidden': 'true', text: '▾' })) : button;
          const body = slot(control);
          WD.listbox(button, key, spec.options, { label: spec.label, required: spec.required, onCommit: spec.onCommit, generation });
          if (spec.question) return wrapper(spec, prefix, h('fieldset', {}, richLegend(spec), body));
          return wrapper(spec, prefix, labelFor(spec, id), body);
        }
        case 'prompt': {
          const input = h('input', { type: 'text', id, placeholder: 'Search', autocomplete: 'off', enterkeyhint: newer ? 'search' : null, 'data-uxi-widget-type': 'selectinput', 'aria-required': ariaRequired, ...(newer ? {} : { 'data-automation-id': 'searchBox' }) });
          const container = h('div', { 'data-automation-id': 'multiSelectContainer', id: uuid(), 'data-uxi-widget-type': 'multiselect', tabindex: '-1', dir: 'ltr' },
            h('div', { 'data-automation-id': 'multiselectInputContainer' },
              h('div', {}, input,
                h('div', { 'data-automation-id': 'promptSelectionLabel' }),
                h('div', { 'data-automation-id': 'promptAriaInstruction', class: 'wd-sr', 'aria-hidden': 'true', text: '0 items selected' })),
              h('span', { 'data-automation-id': 'promptIcon', 'aria-hidden': 'true', text: '☰' })),
            h('div', { tabindex: '-1', class: 'wd-pills' }));
          WD.prompt(container, key, spec.source, { single: spec.single });
          return wrapper(spec, prefix, labelFor(spec, id), slot(container));
        }
        case 'date':
          return dateField(spec, prefix, key);
        case 'checkbox': {
          const input = h('input', own(spec, { type: 'checkbox', id, name: newer ? nameOf(spec) : null, 'aria-required': newer ? 'false' : null }));
          WD.checkbox(input, key);
          // Today's pages put the label above the box, the box in a styled frame.
          if (newer) return wrapper(spec, prefix, labelFor(spec, id), slot(h('div', { class: 'wd-check' }, input, h('span', {}))));
          return wrapper(spec, prefix, h('div', {}, input, labelFor(spec, id)));
        }
        case 'radio':
        case 'checkgroup': {
          const inputs = spec.options.map(([value, text]) => {
            const inputId = newer ? `${spec.id}-${value}` : `input-${++inputCounter}`;
            return [h('input', { type: spec.type === 'radio' ? 'radio' : 'checkbox', id: inputId, name: newer ? nameOf(spec) : spec.aid, value }), text, inputId];
          });
          C.choices(inputs.map(([input]) => input), key);
          const legendId = `${id}-legend`;
          return wrapper(spec, prefix, h('fieldset', own(spec, {}),
            h('legend', { id: legendId }, h('label', {}, spec.label, required(spec))),
            spec.hint ? h('p', { text: spec.hint }) : null,
            h('div', { role: spec.type === 'radio' ? 'radiogroup' : 'group', 'aria-labelledby': legendId },
              inputs.map(([input, text, inputId]) => h('div', {}, input, h('label', { for: inputId, text }))))));
        }
        case 'file':
          return fileField(spec, key);
        default:
          throw new Error(`unknown field type ${spec.type}`);
      }
    }

    /** Month / (Day) / Year: today's spinbuttons sit shrunk under the display a person clicks. */
    function dateField(spec, prefix, key) {
      const parts = spec.parts || ['month', 'year'];
      const names = { month: 'Month', day: 'Day', year: 'Year' };
      const shown = { month: 'MM', day: 'DD', year: 'YYYY' };
      const max = { month: '12', day: '31', year: '9999' };
      if (!newer) {
        const inputs = parts.map((part) =>
          h('div', { 'data-automation-id': `dateSection${names[part]}` },
            h('input', { type: 'text', role: 'spinbutton', id: `input-${++inputCounter}`, 'data-automation-id': `dateSection${names[part]}-input`, 'aria-label': names[part], placeholder: shown[part], inputmode: 'numeric', 'aria-required': spec.required ? 'true' : null, autocomplete: 'off' })));
        const dateWrapper = h('div', { 'data-automation-id': 'dateInputWrapper', role: 'group' }, ...inputs,
          h('button', { type: 'button', 'data-automation-id': 'dateIcon', 'aria-label': 'Calendar', tabindex: '-1' }));
        WD.date(dateWrapper, key, { generation });
        return wrapper(spec, prefix, h('fieldset', {}, h('legend', {}, h('label', {}, spec.label, required(spec))), h('div', {}, dateWrapper)));
      }
      const id = `${prefix || ''}${spec.id}`;
      const sections = parts.flatMap((part, i) => [
        i > 0 ? h('div', { class: 'wd-date-slash', text: '/' }) : null,
        h('div', { id: `${id}-dateSection${names[part]}`, tabindex: i === 0 ? '-1' : '0', class: 'wd-date-section' },
          h('div', { 'aria-hidden': 'true', id: `${id}-dateSection${names[part]}-display`, 'data-automation-id': `dateSection${names[part]}-display`, class: 'wd-date-display', text: shown[part] }),
          h('input', { role: 'spinbutton', 'aria-describedby': i === 0 ? `helpText-${id}` : null, 'aria-label': names[part], 'aria-valuemax': max[part], 'aria-valuemin': '1', id: `${id}-dateSection${names[part]}-input`, tabindex: i === 0 ? null : '-1', 'data-automation-id': `dateSection${names[part]}-input`, class: 'wd-date-input' })),
      ]);
      const dateWrapper = h('div', { id, 'aria-labelledby': `hiddenDateValueId-${id}`, role: 'group', 'data-automation-id': 'dateInputWrapper', class: 'wd-date' },
        h('div', { tabindex: '-1', class: 'wd-date-sections' }, ...sections),
        parts.length > 1 ? h('div', { 'aria-label': 'Calendar', 'data-automation-id': 'dateIcon', role: 'button', tabindex: '0', class: 'wd-date-icon', text: '📅' }) : null);
      WD.date(dateWrapper, key, { generation });
      return wrapper(spec, prefix, h('fieldset', {},
        h('legend', {}, h('label', { id: `label${++labelCounter}` }, h('span', {}, spec.label, required(spec)))),
        h('div', {}, h('div', {},
          h('div', { 'aria-hidden': 'true', id: `helpText-${id}`, class: 'wd-sr' }),
          dateWrapper,
          h('div', { hidden: true, id: `helpText-${id}`, text: 'use right and left arrows to navigate spin buttons' })), h('div', {}))));
    }

    /**
     * The resume uploader. Today: a bare "formField-" wrapper, a label without `for`, the drop
     * zone and, beside it, the file input (display: none); uploaded files listed below.
     * Older: the file input inside the drop zone, one "Successfully Uploaded!" line.
     */
    function fileField(spec, key) {
      if (!newer) {
        const input = h('input', { type: 'file', 'data-automation-id': 'file-upload-input-ref', id: `input-${++inputCounter}`, accept: '.pdf,.doc,.docx', tabindex: '-1', class: 'wd-file-input' });
        const zone = h('div', { 'data-automation-id': 'file-upload-drop-zone', class: 'wd-drop' }, input,
          h('p', { text: 'Drop file here' }), h('p', { text: 'or' }),
          h('button', { type: 'button', 'data-automation-id': 'select-files', text: 'Select files' }));
        const done = h('div', { 'data-automation-id': 'file-upload-successful', hidden: true },
          h('div', { 'data-automation-id': 'file-upload-item-name' }), h('span', { text: 'Successfully Uploaded!' }));
        WD.uploader(zone, input, done, key, { generation });
        return h('div', {}, zone, done);
      }
      const labelId = `label${++labelCounter}`;
      const input = h('input', { 'data-automation-id': 'file-upload-input-ref', type: 'file', multiple: true, class: 'wd-file-input-new' });
      const zone = h('div', { 'data-automation-id': 'file-upload-drop-zone', class: 'wd-drop' },
        h('div', {}, h('span', { 'aria-hidden': 'true', text: '⬆' })),
        h('div', { text: 'Drop files here' }),
        h('div', {}, h('div', { text: 'or' }), h('button', { type: 'button', 'data-automation-id': 'select-files', id: spec.id }, h('span', { text: 'Select files' }))));
      const list = h('div', { class: 'wd-upload-list' });
      WD.uploader(zone, input, list, key, { generation });
      // React renders the field inside a <p>; built from the DOM, the <p> keeps it as the live page does.
      return h('div', { 'data-fkit-id': 'resumeAttachments--null' }, h('p', {},
        h('div', { 'data-automation-id': 'formField-', 'data-fkit-id': spec.id, class: 'wd-field' },
          h('label', { id: labelId }, h('span', {}, spec.label, required(spec))),
          h('div', {}, h('div', { class: 'wd-upload' },
            h('div', { 'data-automation-id': 'attachments-FileUpload', 'aria-labelledby': labelId },
              h('div', {}, zone, input), list)), h('div', {})))));
    }

    const sectionHeading = (text, id) => h(newer ? 'h4' : 'h3', { id, text });

    /** A titled group of fields that is not repeated ("Legal Name", "Address"). */
    function group(spec) {
      // A questionnaire's group names a heading that is not on the page.
      const headingId = spec.sectionId || `${spec.heading.replace(/\W+/g, '-')}-section`;
      const body = h('div', { 'data-fkit-id': newer && spec.fkit ? `${spec.fkit}--null` : null });
      const render = () => body.replaceChildren(...spec.fields.filter((f) => !f.when || f.when()).map((f) => field(f)));
      render();
      if (spec.rerenderOn) spec.rerenderOn(render);
      return h('div', { role: 'group', 'aria-labelledby': headingId, ...(newer ? {} : { 'data-automation-id': spec.aid }) },
        spec.heading ? sectionHeading(spec.heading, headingId) : null,
        spec.instructions ? h('div', { 'data-automation-id': 'instructionalText' }, h('p', {}, h('span', { text: spec.instructions }))) : null,
        body);
    }

    /**
     * A repeated section: its Add button renders "<Item> N" panels. Panel state keys are
     * <stateKey><N>.<field key>, N counted from 1; new-generation ids carry an internal
     * counter that is not the panel's position.
     */
    function repeat(spec) {
      const headingId = `${spec.heading.replace(/\W+/g, '-')}-section`;
      const panels = h('div', {});
      const add = h('button', newer ? { 'data-automation-id': 'add-button', text: 'Add' } : { type: 'button', 'data-automation-id': 'Add', text: 'Add' });
      S[track(`${spec.stateKey}Count`)] = 0;
      add.addEventListener('click', () => {
        // The new panel renders after a round trip, as Workday's does.
        setTimeout(() => {
          const n = panels.children.length + 1;
          const counter = 10 + ++uuidCounter;
          const prefix = `${spec.idPrefix}-${counter}--`;
          const headingText = `${spec.item} ${n}`;
          const panelHeadingId = newer ? `${spec.item.replace(/\W+/g, '-')}-${n}-panel` : `${spec.idPrefix}-${counter}-heading`;
          const keyPrefix = `${spec.stateKey}${n}.`;
          // Each field keeps its own slot: a conditional field ("To", gone while "I currently work
          // here" is checked) comes and goes without re-creating its neighbours.
          const slots = spec.fields.map((f) => ({ f, el: h('div', {}) }));
          const remove = newer ? h('button', { 'aria-label': null, text: 'Delete' }) : h('button', { type: 'button', 'data-automation-id': 'panel-set-delete-button', text: 'Delete', 'aria-label': `Delete ${headingText}` });
          const panel = h('div', { role: 'group', 'aria-labelledby': panelHeadingId, ...(newer ? {} : { 'data-automation-id': `${spec.panelAid}-${n}` }) },
            // Today's entry heading shares a row with its Delete button; older pages put both straight in the panel.
            ...(newer ? [h('div', { class: 'wd-panel-head' }, h('h5', { id: panelHeadingId, text: headingText }), remove)] : [h('h4', { id: panelHeadingId, text: headingText }), remove]),
            h('div', { 'data-fkit-id': newer ? `${spec.idPrefix}-${counter}--null` : null }, ...slots.map((slot) => slot.el)));
          panels.append(panel);
          // Delete takes the entry away at once, without asking, and its values leave the application.
          // Entries after it keep their numbers (nothing public says whether Workday renumbers them).
          let deleted = false;
          remove.addEventListener('click', () => {
            deleted = true;
            panel.remove();
            for (const key of Object.keys(S)) if (key.startsWith(keyPrefix)) delete S[key];
            S[`${spec.stateKey}Count`] = panels.children.length;
          });
          C.view(() => {
            if (deleted) return;
            for (const { f, el } of slots) {
              const shown = !f.when || f.when(keyPrefix);
              if (shown && !el.firstChild) el.append(field(f, prefix, keyPrefix));
              else if (!shown && el.firstChild) el.replaceChildren();
            }
          });
          S[`${spec.stateKey}Count`] = n;
          add.textContent = 'Add Another';
        }, 150);
      });
      return h('div', { role: 'group', 'aria-labelledby': headingId, ...(newer ? {} : { 'data-automation-id': spec.sectionAid }) },
        sectionHeading(spec.heading, headingId),
        spec.instructions ? h('div', { 'data-automation-id': 'instructionalText' }, h('p', {}, h('span', { text: spec.instructions }))) : null,
        panels, newer ? h('div', {}, h('div', {}, h('div', {}, add))) : add);
    }

    function block(spec) {
      if (spec.type === 'group') return group(spec);
      if (spec.type === 'repeat') return repeat(spec);
      return field(spec);
    }

    const progress = h('ol', { 'data-automation-id': 'progressBar', class: 'wd-progress' });
    const page = h('div', { class: 'wd-page' });
    const navButton = (attrs) => h('button', newer ? attrs : { type: 'button', ...attrs });
    const back = navButton({ 'data-automation-id': newer ? 'pageFooterBackButton' : 'bottom-navigation-back-button', text: 'Back' });
    const next = navButton({ 'data-automation-id': newer ? 'pageFooterNextButton' : 'bottom-navigation-next-button', text: 'Save and Continue' });
    // Older pages submit from a button of their own; today's Next reads "Submit" on Review.
    const submit = newer ? null : navButton({ 'data-automation-id': 'bottom-navigation-submit-button', text: 'Submit', hidden: true });
    const honeypot = h('input', { type: 'text', 'data-automation-id': 'beecatcher', id: 'beecatcher', name: 'website', tabindex: '-1', autocomplete: 'off' });
    C.text(honeypot, 'beecatcher');
    const onReview = () => index === steps.length - 1;

    function show(i) {
      WD.closePopup();
      index = i;
      const step = steps[i];
      S.step = step.title;
      progress.replaceChildren(...steps.map((s, n) => {
        const id = n === i ? 'progressBarActiveStep' : n < i ? 'progressBarCompletedStep' : 'progressBarInactiveStep';
        const spoken = `${n === i ? 'current step' : n < i ? 'completed step' : 'step'} ${n + 1} of ${steps.length}`;
        return h('li', { 'data-automation-id': id }, h('div', { class: 'wd-step-mark' }), h('label', { 'aria-live': 'polite', class: 'wd-sr', text: spoken }), h('label', { text: s.title }));
      }));
      const marker = newer ? step.marker : `applyFlow${step.title.replace(/\W+/g, '')}Page`;
      page.replaceChildren(
        newer ? h('h3', { tabindex: '-1', text: step.title }) : h('h2', { text: step.title }),
        newer ? h('div', {}, h('abbr', { text: '*' }), ' Indicates a required field') : null,
        h('div', { 'data-automation-id': marker }, ...(step.blocks || []).map(block)));
      back.hidden = i === 0;
      if (newer) next.textContent = onReview() ? 'Submit' : 'Save and Continue';
      else {
        next.hidden = onReview();
        submit.hidden = !onReview();
      }
      window.scrollTo(0, 0);
    }

    /** Counts a press on a navigation button, and whether a person made it. */
    const pressed = (event) => {
      if (!event.isTrusted) S.untrustedNavClicks += 1;
    };
    next.addEventListener('click', (event) => {
      pressed(event);
      if (newer && onReview()) {
        S.submitted = true;
        return;
      }
      S.nextClicks += 1;
      next.disabled = true;
      // "Save and Continue" posts the step before the next one renders.
      setTimeout(() => {
        next.disabled = false;
        show(Math.min(index + 1, steps.length - 1));
      }, 300);
    });
    back.addEventListener('click', (event) => {
      pressed(event);
      show(Math.max(index - 1, 0));
    });
    if (submit) submit.addEventListener('click', (event) => {
      pressed(event);
      S.submitted = true;
    });

    const footer = newer
      ? h('div', { 'data-automation-id': 'pageFooter', class: 'wd-footer' }, h('div', {}, h('div', {}, back)), h('div', {}), h('div', {}, h('div', {}, next)))
      : h('div', { 'data-automation-id': 'pageFooter', class: 'wd-footer' }, back, next, submit);
    root.replaceChildren(
      h('div', { 'data-automation-id': 'applyFlowPage' },
        h('div', {}, newer ? h('div', {}, h('button', { type: 'button', 'data-automation-id': 'backToJobPosting', role: 'link', text: 'Back to Job Posting' })) : null,
          h('h2', { 'data-automation-id': 'jobTitleHeading', text: company.jobTitle })),
        h('div', { 'aria-label': 'Application Progress' }, progress),
        page,
        footer,
        h('div', { class: 'wd-honeypot' },
          h('label', { for: 'beecatcher', text: "Enter website. This input is for robots only, do not enter if you're human." }), honeypot)));
    show(0);
  }

  window.WorkdayWizard = WorkdayWizard;
})();
