/*
 * How React controls inputs, reproduced for fixture pages without React:
 * - the app's state is the truth, and every commit re-renders the whole form from it;
 * - the framework tracks the DOM value through an instance `value` property, and handles an
 *   `input` event only when the DOM value differs from the tracked one;
 * - a value set without an event is therefore never committed and is reverted on the next render.
 * Pages keep their committed values in window.__state, which tests read.
 */
(function () {
  const renders = new Set();
  let scheduled = false;

  function renderAll() {
    scheduled = false;
    for (const render of renders) render();
    if (window.onFixtureRender) window.onFixtureRender(window.__state);
  }

  function scheduleRender() {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(renderAll);
  }

  window.__state = window.__state || {};

  window.Controlled = {
    state: window.__state,
    scheduleRender,

    /** Commits a value the way an onChange handler would, then re-renders. */
    commit(key, value) {
      window.__state[key] = value;
      scheduleRender();
    },

    /** A controlled text input or textarea bound to state[key]. */
    text(el, key) {
      const proto = Object.getPrototypeOf(el);
      const native = Object.getOwnPropertyDescriptor(proto, 'value');
      let tracked = native.get.call(el);
      Object.defineProperty(el, 'value', {
        configurable: true,
        get() { return native.get.call(this); },
        set(v) { tracked = String(v); native.set.call(this, v); },
      });
      if (!(key in window.__state)) window.__state[key] = '';
      const render = () => {
        const want = window.__state[key] ?? '';
        if (native.get.call(el) !== want) native.set.call(el, want);
        tracked = want;
      };
      el.addEventListener('input', () => {
        const now = native.get.call(el);
        if (now !== tracked) {
          tracked = now;
          window.__state[key] = now;
        }
        scheduleRender();
      });
      el.addEventListener('blur', scheduleRender);
      renders.add(render);
      render();
    },

    /** A controlled native select bound to state[key]. */
    select(el, key) {
      if (!(key in window.__state)) window.__state[key] = el.multiple ? [] : '';
      const render = () => {
        const want = window.__state[key];
        for (const option of el.options) option.selected = Array.isArray(want) ? want.includes(option.value) : option.value === want;
      };
      el.addEventListener('change', () => {
        window.__state[key] = el.multiple ? Array.from(el.selectedOptions, (o) => o.value) : el.value;
        scheduleRender();
      });
      renders.add(render);
      render();
    },

    /** Controlled radios (one value) or checkboxes (a list) sharing a name. */
    choices(inputs, key) {
      const multiple = inputs[0].type === 'checkbox';
      if (!(key in window.__state)) window.__state[key] = multiple ? [] : '';
      const render = () => {
        const want = window.__state[key];
        for (const input of inputs) input.checked = multiple ? want.includes(input.value) : input.value === want;
      };
      for (const input of inputs) {
        input.addEventListener('click', () => {
          window.__state[key] = multiple
            ? inputs.filter((i) => i.checked).map((i) => i.value)
            : input.value;
          scheduleRender();
        });
      }
      renders.add(render);
      render();
    },

    /** A file input whose chosen file is recorded as {name, size, type}. */
    file(el, key) {
      window.__state[key] = null;
      el.addEventListener('change', () => {
        const f = el.files && el.files[0];
        window.__state[key] = f ? { name: f.name, size: f.size, type: f.type } : null;
        scheduleRender();
      });
    },

    /** Re-renders a piece of the page from state after every commit (conditional questions). */
    view(render) {
      renders.add(render);
      render();
    },
  };
})();
