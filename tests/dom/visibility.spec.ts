import { expect, test, type Page } from '@playwright/test';
import { loadSnippet, type DomGlobals } from './bundle';

/**
 * isFillable on one marked element ([data-target]) per snippet, in real Chromium, whose layout the
 * rules depend on. The window is Playwright's default 1280x720.
 */
interface Case {
  name: string;
  html: string;
  fillable: boolean;
}

const SR_ONLY = 'position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0';
const LONG_PAGE = '<div style="height:20000px">The job description, at length.</div>';

/** select2 3.x as Greenhouse's classic boards load it: the stylesheet's select2-offscreen rule and the container before the select. */
const SELECT2_3 = (container = '') => `
  <style>
    .select2-offscreen, .select2-offscreen:focus { clip: rect(0 0 0 0) !important; width: 1px !important; height: 1px !important;
      border: 0 !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; position: absolute !important;
      outline: 0 !important; left: 0px !important; top: 0px !important; }
    .select2-container { position: relative; display: inline-block; vertical-align: middle; }
    .select2-container .select2-choice { display: block; height: 26px; padding: 0 0 0 8px; border: 1px solid #aaa; line-height: 26px; }
  </style>
  <label for="job_application_gender">Gender</label>
  <div class="select2-container" id="s2id_job_application_gender" style="width: 200px;${container}">
    <a href="javascript:void(0)" class="select2-choice" tabindex="-1"><span class="select2-chosen">Please select</span><span class="select2-arrow"><b></b></span></a>
    <label for="s2id_autogen1" class="select2-offscreen">Gender</label><input class="select2-focusser select2-offscreen" type="text" id="s2id_autogen1">
  </div>
  <select id="job_application_gender" class="select2-offscreen" tabindex="-1" data-target>
    <option value="">Please select</option><option>Female</option><option>Male</option>
  </select>`;

/** select2 4.0.13: the select is clipped, aria-hidden and followed by its container. */
const SELECT2_4 = `
  <style>
    .select2-hidden-accessible { border: 0 !important; clip: rect(0 0 0 0) !important; -webkit-clip-path: inset(50%) !important;
      clip-path: inset(50%) !important; height: 1px !important; overflow: hidden !important; padding: 0 !important;
      position: absolute !important; width: 1px !important; white-space: nowrap !important; }
    .select2-container { box-sizing: border-box; display: inline-block; margin: 0; position: relative; vertical-align: middle; }
    .select2-selection--single { display: block; height: 28px; border: 1px solid #aaa; border-radius: 4px; }
  </style>
  <label for="country">Country</label>
  <select id="country" class="select2-hidden-accessible" data-select2-id="country" tabindex="-1" aria-hidden="true" data-target>
    <option value="">Select</option><option>Canada</option><option>United States</option>
  </select><span class="select2 select2-container select2-container--default" dir="ltr" data-select2-id="1" style="width: 200px;"><span class="selection"><span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="select2-country-container"><span class="select2-selection__rendered" id="select2-country-container" role="textbox" aria-readonly="true" title="Select">Select</span><span class="select2-selection__arrow" role="presentation"><b role="presentation"></b></span></span></span><span class="dropdown-wrapper" aria-hidden="true"></span></span>`;

/** Chosen 1.8: jQuery's hide() on the select, the container after it named <id>_chosen. */
const CHOSEN = `
  <style>
    .chosen-container { position: relative; display: inline-block; vertical-align: middle; font-size: 13px; }
    .chosen-container-single .chosen-single { display: block; height: 25px; padding: 0 0 0 8px; border: 1px solid #aaa; line-height: 24px; }
    .chosen-container .chosen-drop { position: absolute; top: 100%; width: 100%; clip: rect(0, 0, 0, 0); clip-path: inset(100% 100%); }
  </style>
  <label for="job_location">Location</label>
  <select id="job_location" data-placeholder="Select a location" style="display: none;" data-target>
    <option></option><option>Berlin</option><option>New York</option>
  </select><div class="chosen-container chosen-container-single" title="" id="job_location_chosen" style="width: 220px;"><a class="chosen-single chosen-default"><span>Select a location</span><div><b></b></div></a><div class="chosen-drop"><div class="chosen-search"><input class="chosen-search-input" type="text" autocomplete="off"></div><ul class="chosen-results"></ul></div></div>`;

/** A Workday date part: the spinbutton under its aria-hidden display, hidden the way `input` says. */
const WORKDAY_DATE = (input: string, display = '') => `
  <div data-automation-id="formField-startDate"><label>From</label>
    <div data-automation-id="dateInputWrapper" style="display:inline-flex;gap:4px;border:1px solid #7b858f;padding:4px">
      <div data-automation-id="dateSectionMonth" style="position:relative;width:3em;height:24px">
        <div id="startDate-dateSectionMonth-display" data-automation-id="dateSectionMonth-display" aria-hidden="true"
          style="position:absolute;inset:0;background:#fff;color:#5e6a75;line-height:24px;${display}">MM</div>
        <input type="text" role="spinbutton" id="startDate-dateSectionMonth-input" data-automation-id="dateSectionMonth-input"
          aria-label="Month" aria-valuemin="1" aria-valuemax="12" style="width:100%;height:24px;box-sizing:border-box;border:0;padding:0;${input}" data-target>
      </div>
    </div>
  </div>`;

/** react-select v5 holding a value: its search input is transparent beside the single value. */
const REACT_SELECT = (control = '') => `
  <label id="gender-label" for="gender">Gender</label>
  <div class="select-shell">
    <div class="select__control" style="display:flex;align-items:center;min-height:38px;border:1px solid #aaa;border-radius:4px;${control}">
      <div class="select__value-container" style="display:grid;flex:1;padding:2px 8px">
        <div class="select__single-value" style="grid-area:1/1/2/3">Decline to self identify</div>
        <div class="select__input-container" data-value="" style="display:inline-grid;grid-area:1/1/2/3;grid-template-columns:0 min-content">
          <input id="gender" class="select__input" role="combobox" aria-expanded="false" aria-autocomplete="list" autocomplete="off"
            style="color:inherit;background:0;opacity:0;width:100%;grid-area:1/2;font:inherit;min-width:2px;border:0;margin:0;outline:0;padding:0" value="" data-target>
        </div>
      </div>
      <div class="select__indicators"><button type="button" aria-label="Toggle flyout" style="width:32px;height:32px">v</button></div>
    </div>
  </div>`;

const CASES: Case[] = [
  // --- Ways a page hides a field from the person: never filled.
  { name: 'off-screen to the left', fillable: false, html: '<input data-target style="position:absolute;left:-9999px;top:40px">' },
  { name: 'off-screen to the right', fillable: false, html: '<p>Apply</p><input data-target style="position:absolute;left:100000px;top:40px">' },
  { name: 'far below the page', fillable: false, html: '<p>Apply</p><input data-target style="position:absolute;top:100000px">' },
  {
    name: 'far below the page, inside a positioned form',
    fillable: false,
    html: '<form style="position:relative"><label>Name <input></label><input data-target style="position:absolute;top:50000px;left:0"></form>',
  },
  { name: 'above the page', fillable: false, html: '<input data-target style="position:absolute;top:-9999px;left:10px">' },
  { name: 'fixed below the window', fillable: false, html: '<input data-target style="position:fixed;top:110%;left:10px">' },
  { name: 'opacity 0', fillable: false, html: '<label for="t">Website</label><input id="t" data-target style="opacity:0">' },
  { name: 'opacity 0 on an ancestor', fillable: false, html: '<div style="opacity:0"><label for="t">Website</label><input id="t" data-target></div>' },
  { name: 'nearly transparent ancestors', fillable: false, html: '<div style="opacity:.3"><div style="opacity:.2"><input data-target></div></div>' },
  { name: 'opacity(0) filter', fillable: false, html: '<input data-target style="filter:opacity(0%)">' },
  { name: 'visibility hidden', fillable: false, html: '<div style="visibility:hidden"><input data-target></div>' },
  { name: 'display none', fillable: false, html: '<div style="display:none"><input data-target></div>' },
  { name: 'clip rect(0 0 0 0)', fillable: false, html: `<label for="t">Fax</label><input id="t" data-target style="${SR_ONLY}">` },
  { name: 'clip-path inset(50%)', fillable: false, html: '<div style="clip-path:inset(50%)"><input data-target></div>' },
  { name: 'zero-height ancestor that hides overflow', fillable: false, html: '<div style="height:0;overflow:hidden"><input data-target></div>' },
  {
    name: 'outside an ancestor that hides overflow',
    fillable: false,
    html: '<div style="position:relative;height:40px;overflow:hidden"><input><input data-target style="position:absolute;top:200px;left:0"></div>',
  },
  {
    // A transformed box contains absolutely and fixed positioned descendants though it is not positioned.
    name: 'outside a transformed ancestor that hides overflow',
    fillable: false,
    html: '<div style="transform:translateX(0);height:40px;overflow:hidden"><input><input data-target style="position:absolute;top:200px;left:0"></div>',
  },
  {
    name: 'fixed, outside a filtered ancestor that hides overflow',
    fillable: false,
    html: '<div style="filter:blur(0);height:40px;overflow:hidden"><input><input data-target style="position:fixed;top:200px;left:0"></div>',
  },
  {
    name: 'fixed, inside an ancestor that hides overflow but holds no fixed box',
    fillable: true,
    html: '<div style="position:relative;height:40px;overflow:hidden"><input><input data-target style="position:fixed;top:200px;left:0"></div>',
  },
  { name: 'transform scale(0)', fillable: false, html: '<div style="transform:scale(0)"><input data-target></div>' },
  { name: 'content-visibility hidden', fillable: false, html: '<div style="content-visibility:hidden"><input data-target></div>' },
  { name: 'inert ancestor', fillable: false, html: '<div inert><label>Phone <input data-target></label></div>' },
  { name: 'aria-hidden ancestor', fillable: false, html: '<div aria-hidden="true"><label>Email <input data-target></label></div>' },
  {
    name: 'covered by another element',
    fillable: false,
    html: '<div style="position:relative;display:inline-block"><input data-target><div style="position:absolute;inset:-4px;background:#fff"></div></div>',
  },
  {
    name: 'covered by a card with text',
    fillable: false,
    html: '<input data-target style="width:300px"><div style="position:absolute;left:0;top:0;width:400px;height:60px;background:#fafafa"><p style="margin:0">Thanks for applying</p></div>',
  },
  {
    name: 'font-size 0 label and input',
    fillable: false,
    html: '<div style="font-size:0"><label for="t">Email again</label><input id="t" data-target style="font-size:inherit"></div>',
  },
  { name: 'transparent text and caret', fillable: false, html: '<input data-target style="color:transparent;caret-color:transparent;border:0;background:none">' },
  { name: '1x1 box', fillable: false, html: '<input data-target style="width:1px;height:1px;padding:0;border:0">' },
  {
    name: 'hidden file input with no visible control of its own',
    fillable: false,
    html: `<div class="field"><label for="e">Email</label><input id="e" type="email"><input type="file" data-target style="${SR_ONLY}"></div>`,
  },
  {
    name: 'file input whose label is hidden',
    fillable: false,
    html: `<div><label for="f" style="display:none">Resume</label><input id="f" type="file" data-target style="${SR_ONLY}"></div>`,
  },
  {
    name: 'transparent file input in an empty box',
    fillable: false,
    html: '<p>Apply</p><div><input type="file" data-target style="opacity:0"></div>',
  },
  {
    name: 'hidden file input beside a submit button only',
    fillable: false,
    html: `<form><div><input type="file" data-target style="${SR_ONLY}"><button>Send</button></div></form>`,
  },
  { name: 'select2 select whose own container is hidden', fillable: false, html: SELECT2_3('display:none') },
  { name: 'react-select input whose control is hidden', fillable: false, html: REACT_SELECT('visibility:hidden') },
  { name: 'Workday date part whose display is gone', fillable: false, html: WORKDAY_DATE('opacity:0', 'display:none') },
  {
    name: 'custom radio whose label text is font-size 0',
    fillable: false,
    html: '<fieldset><legend>Relocate?</legend><label style="font-size:0"><input type="radio" name="r" data-target style="opacity:0;position:absolute"> Yes</label></fieldset>',
  },
  { name: 'a bot trap by name', fillable: false, html: '<label>Leave blank <input name="hp_field" data-target></label>' },
  { name: 'disabled', fillable: false, html: '<input data-target disabled>' },
  { name: 'read-only', fillable: false, html: '<input data-target readonly>' },
  {
    name: 'inside a hidden same-origin frame',
    fillable: false,
    html: '<iframe style="opacity:0" srcdoc="<input data-target>"></iframe>',
  },

  // --- Fields a person sees, directly or through the widget they use: filled.
  { name: 'a plain visible field', fillable: true, html: '<label for="t">First name</label><input id="t" data-target>' },
  { name: 'a field far down a long page', fillable: true, html: `${LONG_PAGE}<label for="t">LinkedIn</label><input id="t" data-target>` },
  {
    name: 'a field scrolled away in an inner scrolling area',
    fillable: true,
    html: '<div style="height:200px;overflow:auto"><div style="height:3000px"></div><input data-target></div>',
  },
  {
    name: 'a field in a long app whose body is one screen high',
    fillable: true,
    html: '<style>html, body { height: 100%; margin: 0 }</style><div style="height:100%">' +
      '<div style="height:8000px"></div><div style="position:relative"><input data-target style="position:absolute;top:10px"></div></div>',
  },
  { name: 'an absolutely placed field on the page', fillable: true, html: '<p>Apply</p><input data-target style="position:absolute;top:300px;left:40px">' },
  {
    name: 'a field under a transparent click catcher',
    fillable: true,
    html: '<div style="position:relative;display:inline-block"><input data-target><div style="position:absolute;inset:0"></div></div>',
  },
  { name: 'select2 3.x select with its container', fillable: true, html: SELECT2_3() },
  { name: 'select2 4.x select with its container', fillable: true, html: SELECT2_4 },
  { name: 'Chosen select with its container', fillable: true, html: CHOSEN },
  { name: 'Workday date part under its display', fillable: true, html: WORKDAY_DATE('') },
  { name: 'Workday date part, transparent under its display', fillable: true, html: WORKDAY_DATE('color:transparent;caret-color:transparent') },
  { name: 'Workday date part, clipped away behind its display', fillable: true, html: WORKDAY_DATE(SR_ONLY) },
  {
    name: 'visually hidden file input with a visible label',
    fillable: true,
    html: `<label for="resume" style="display:inline-block;padding:6px 12px;border:1px solid #2b59c3">Upload resume</label><input type="file" id="resume" data-target style="${SR_ONLY}">`,
  },
  {
    name: 'file input in a drop zone',
    fillable: true,
    html: `<div data-automation-id="file-upload-drop-zone" style="border:2px dashed #888;padding:16px"><input type="file" data-automation-id="file-upload-input-ref" data-target style="position:absolute;width:1px;height:1px;opacity:0"><p>Drop file here</p><p>or</p><button type="button" data-automation-id="select-files">Select files</button></div>`,
  },
  {
    name: 'file input beside its Attach button (Greenhouse classic)',
    fillable: true,
    html: `<fieldset><legend>Resume/CV</legend><div class="attach-or-paste"><div class="link-container"><button type="button">Attach</button><button type="button">or enter manually</button></div><input type="file" tabindex="-1" data-target style="position:absolute;width:1px;height:1px;opacity:0;overflow:hidden"><textarea style="display:none"></textarea></div></fieldset>`,
  },
  {
    name: 'transparent file input laid over its button (Lever)',
    fillable: true,
    html: '<a style="position:relative;display:inline-block;padding:8px 16px;border:1px solid #e2e2e2"><input type="file" data-target style="position:absolute;inset:0;opacity:0;width:100%"><span>ATTACH RESUME/CV</span></a>',
  },
  {
    name: 'custom radio with a visible label',
    fillable: true,
    html: '<fieldset><legend>Relocate?</legend><label><input type="radio" name="r" data-target style="position:absolute;opacity:0;width:0;height:0"><span style="display:inline-block;width:12px;height:12px;border:1px solid #333;border-radius:50%"></span> Yes</label></fieldset>',
  },
  {
    name: 'custom checkbox whose label sits on the box',
    fillable: true,
    html: '<input type="checkbox" id="c" data-target style="width:16px;height:16px"><label for="c" style="position:relative;left:-20px;display:inline-block;width:16px;height:16px;background:#2b59c3"></label> I agree',
  },
  { name: "react-select's transparent search input", fillable: true, html: REACT_SELECT() },
  {
    name: 'transparent select laid over its styled box',
    fillable: true,
    html: '<div style="position:relative;display:inline-block;width:200px;border:1px solid #aaa;padding:4px"><span>Choose…</span><select data-target style="position:absolute;inset:0;opacity:0;width:100%"><option>One</option></select></div>',
  },
  {
    name: 'a field under a fixed cookie banner',
    fillable: true,
    html: '<input data-target style="position:absolute;top:680px;left:0;width:400px"><div style="position:fixed;left:0;right:0;bottom:0;height:80px;background:#222;color:#fff">We use cookies</div>',
  },
  {
    name: "a field under Applyfill's own button",
    fillable: true,
    html: '<input data-target style="width:300px"><applyfill-ui style="position:absolute;left:0;top:0;width:320px;height:40px;display:block;background:#2b59c3"></applyfill-ui>',
  },
  {
    name: 'a field whose floating label lies over it',
    fillable: true,
    html: '<div style="position:relative"><input id="n" data-target style="width:300px;height:40px"><label for="n" style="position:absolute;left:0;top:10px;width:300px;background:#fff">Full name</label></div>',
  },
  {
    name: 'a field in the open shadow root of a transparent host',
    fillable: false,
    html: '<div id="host" style="opacity:0"></div><script>document.getElementById("host").attachShadow({ mode: "open" }).innerHTML = \'<label>Email <input type="email" data-target></label>\';</script>',
  },
  {
    name: 'a field a shadow root\'s own style hides',
    fillable: false,
    html: '<div id="host"></div><script>document.getElementById("host").attachShadow({ mode: "open" }).innerHTML = \'<style>label { position: absolute; left: -9999px; }</style><label>Email <input type="email" data-target></label>\';</script>',
  },
  {
    name: 'a field given to a shadow root that has no slot for it',
    fillable: false,
    html: '<div id="host"><label>Email <input type="email" data-target></label></div><script>document.getElementById("host").attachShadow({ mode: "open" }).innerHTML = \'<p>Nothing slotted here</p>\';</script>',
  },
  {
    name: 'a field in an open shadow root',
    fillable: true,
    html: '<div id="host"></div><script>document.getElementById("host").attachShadow({ mode: "open" }).innerHTML = \'<label>Email <input type="email" data-target></label>\';</script>',
  },
  { name: 'a field in a same-origin frame', fillable: true, html: '<iframe srcdoc="<label>Phone <input data-target></label>"></iframe>' },
];

/** The marked element, looked for in open shadow roots and same-origin frames too. */
function findTarget(root: Document | ShadowRoot): HTMLElement | null {
  const direct = root.querySelector<HTMLElement>('[data-target]');
  if (direct) return direct;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const inner = el.shadowRoot ?? (el.localName === 'iframe' ? (el as HTMLIFrameElement).contentDocument : null);
    const found = inner && findTarget(inner);
    if (found) return found;
  }
  return null;
}

test.describe('isFillable against what a person can see', () => {
  // One page for the whole table: each snippet replaces the last one's document.
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
  });
  test.afterAll(async () => {
    await page.close();
  });

  for (const { name, html, fillable } of CASES) {
    test(`${fillable ? 'fills' : 'skips'}: ${name}`, async () => {
      await loadSnippet(page, html);
      const result = await page.evaluate(
        ([finder]) => {
          const find = new Function(`return ${finder}`)() as typeof findTarget;
          const target = find(document);
          if (!target) throw new Error('no [data-target] in the snippet');
          return (window as unknown as DomGlobals).ApplyfillDom.isFillable(target);
        },
        [findTarget.toString()],
      );
      expect(result).toBe(fillable);
    });
  }
});
