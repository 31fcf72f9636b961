import type { DatePart, FieldDescription, FieldOption } from '../core/types';
import { cleanText, labelHints, nearbyQuestion, ownText } from './labels';
import { allElements, boxAround, nextBoxOut, type Tree } from './traverse';
import { sectionPass } from './section';
import { visibilityPass } from './visibility';
import { DROP_ZONE, standInsOf } from './widgets';
import { isElement, isInput, isSelect, isTextArea } from './elements';

/** The live elements behind one FieldDescription, kept on the content side only. */
export interface FieldHandle {
  ref: string;
  control: FieldDescription['control'];
  element: HTMLElement;
  /** Radios or checkboxes of a group, in document order. */
  members?: HTMLInputElement[];
  /** Inputs of a split date, by part. */
  parts?: Partial<Record<DatePart, HTMLInputElement>>;
  /**
   * What the read judged the field visible by, where an adapter judged other elements than the
   * control (a painted radio group by its radios, an upload by its Attach button).
   */
  seenBy?: HTMLElement[];
}

/**
 * Whether a person still sees each field: what the read judged it by (an adapter's `seenBy`, each
 * member of a group, each part of a date, else the control), each visible itself or through what
 * stands for it, measured in one pass over the page. Only what a style alone can change is judged
 * again: a field disabled or made read-only since has changed the tree.
 */
export function shownNow(): (handle: FieldHandle) => boolean {
  const { isShown } = visibilityPass();
  return ({ element, members, parts, seenBy }) => {
    const seen = seenBy?.length ? seenBy : members?.length ? members : Object.values(parts ?? {});
    return (seen.length ? seen : [element]).every(isShown);
  };
}

export interface Collected {
  fields: FieldDescription[];
  handles: Map<string, FieldHandle>;
  /** The trees the read walked (the root, open shadow roots, same-origin frames): what a change to it would touch. */
  trees: Tree[];
}

/** A file's name as an upload field shows it once it holds one. */
const FILE_NAME = /[^\s/\\]+\.(pdf|docx?|txt|rtf|odt)\b/gi;
/** Inputs that hold no answer of their own. */
const NOT_ANSWERS = new Set(['hidden', 'button', 'submit', 'reset', 'image']);
/** How far up an upload field's box reaches: Workday lists the uploaded file two levels above its input. */
const UPLOAD_BOX_DEPTH = 3;
const TEXT_TYPES = new Set(['', 'text', 'email', 'tel', 'url', 'number', 'search', 'date', 'month']);
const PLACEHOLDER_OPTION = /^(-+|select( one| an option)?\.*|please select\.*|choose\.*|none selected)$/i;
const DATE_PART_HINT: Record<DatePart, RegExp> = {
  month: /(^|[^a-z])(month|mm)([^a-z]|$)/i,
  day: /(^|[^a-z])(day|dd)([^a-z]|$)/i,
  year: /(^|[^a-z])(year|yyyy|yy)([^a-z]|$)/i,
};

function attributesOf(el: HTMLElement, sectionOf: (element: Element) => Partial<FieldDescription>): Partial<FieldDescription> {
  const out: Partial<FieldDescription> = {};
  const name = el.getAttribute('name');
  if (name) out.name = name;
  if (el.id) out.htmlId = el.id;
  const autocomplete = el.getAttribute('autocomplete');
  if (autocomplete) out.autocomplete = autocomplete;
  const automationId =
    el.getAttribute('data-automation-id') ?? el.closest('[data-automation-id]')?.getAttribute('data-automation-id');
  if (automationId) out.automationId = automationId;
  const placeholder = el.getAttribute('placeholder');
  if (placeholder) out.placeholder = placeholder;
  if ((el as HTMLInputElement).required || el.getAttribute('aria-required') === 'true') out.required = true;
  return { ...out, ...sectionOf(el) };
}

/** An option that shows no text ("0" in iCIMS's month select) is no choice a person reads either. */
export function isPlaceholderOption(label: string, value: string): boolean {
  return value === '' || cleanText(label) === '' || PLACEHOLDER_OPTION.test(cleanText(label));
}

function selectOptions(select: HTMLSelectElement): FieldOption[] {
  const options: FieldOption[] = [];
  for (const option of Array.from(select.options)) {
    if (option.disabled) continue;
    // An option's text is worked out anew at each read: read once, cleaned once.
    const label = cleanText(option.text);
    if (!isPlaceholderOption(label, option.value)) options.push({ value: option.value, label });
  }
  return options;
}

function selectValue(select: HTMLSelectElement): string | string[] {
  if (!select.multiple) {
    // A single select has at most one option selected: the one at selectedIndex.
    const option = select.options[select.selectedIndex];
    return option && !isPlaceholderOption(option.text, option.value) ? option.value : '';
  }
  return Array.from(select.selectedOptions).filter((o) => !isPlaceholderOption(o.text, o.value)).map((o) => o.value);
}

export function choiceLabel(input: HTMLInputElement): string {
  const label = input.labels?.[0];
  return (label ? ownText(label) : '') || cleanText(input.getAttribute('aria-label')) || (input.getAttribute('value') ?? '');
}

/**
 * What identifies a choice: its value attribute, else its label. A choice without a value
 * attribute reads as "on", the same for every member, so that cannot tell them apart.
 */
export function choiceValue(input: HTMLInputElement): string {
  return input.getAttribute('value') || choiceLabel(input);
}

/** Another answer in the box, besides the upload's own controls. */
function holdsOtherAnswer(box: Element | ShadowRoot, upload: Element): boolean {
  return Array.from(box.querySelectorAll<HTMLElement>('input, select, textarea')).some((other) => {
    if (other === upload || upload.contains(other)) return false;
    if (isInput(other) && other.type !== 'file' && NOT_ANSWERS.has(other.type)) return false;
    return isInput(other) && other.type === 'file' ? true : other.checkVisibility();
  });
}

/**
 * An upload field's box: its widest ancestor, up to three levels, that holds no other answer, and
 * no wider than the shadow root of the component it sits in. The page shows there what it did
 * with a file (its name, a list of uploaded files).
 */
export function uploadBoxOf(upload: Element): Element | ShadowRoot {
  let box: Element | ShadowRoot = upload;
  let node = boxAround(upload);
  for (let depth = 0; node && depth < UPLOAD_BOX_DEPTH && !holdsOtherAnswer(node, upload); depth++, node = nextBoxOut(node)) box = node;
  return box;
}

/**
 * The file names an element shows, one text at a time: a list puts a name in an element of its
 * own, and its neighbours' words ("Drop files here") must not run into it.
 */
function namesShownIn(element: Element | ShadowRoot): string[] {
  const names = new Set<string>();
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const name of node.textContent?.match(FILE_NAME) ?? []) names.add(name);
  }
  return [...names];
}

/**
 * The files an upload field shows it holds: what its input keeps, else the names its box lists
 * (a page may read the file and empty the input). A drop zone shows them in itself: beside it
 * may be another zone.
 */
function heldFiles(upload: HTMLElement): string[] {
  if (!isInput(upload)) return namesShownIn(upload);
  const kept = Array.from(upload.files ?? [], (file) => file.name);
  return kept.length ? kept : namesShownIn(uploadBoxOf(upload));
}

/**
 * Whether a drop zone is how a person reaches a file input beside it (Workday puts the input
 * next to the zone, not in it): the input is then the field, and the zone is not counted again.
 */
function opensFileInput(zone: Element): boolean {
  let box = zone.parentElement;
  for (let depth = 0; box && depth < UPLOAD_BOX_DEPTH; depth++, box = box.parentElement) {
    const inputs = Array.from(box.querySelectorAll<HTMLInputElement>('input[type="file" i]'));
    if (inputs.length) return inputs.some((input) => standInsOf(input).includes(zone as HTMLElement));
  }
  return false;
}

/** The question of a radio or checkbox group: its legend, its role=group label, or the text above it. */
function groupQuestion(members: HTMLInputElement[]): string[] {
  const first = members[0]!;
  const container = first.closest('fieldset, [role="radiogroup"], [role="group"]');
  const hints: string[] = [];
  if (container) hints.push(...labelHints(container as HTMLElement).labels);
  const shared = commonAncestor(members);
  if (!hints.length && shared) hints.push(nearbyQuestion(shared, 3));
  return [...new Set(hints.filter(Boolean))];
}

function commonAncestor(elements: Element[]): Element | null {
  let node: Element | null = elements[0]?.parentElement ?? null;
  while (node && !elements.every((el) => node!.contains(el))) node = node.parentElement;
  return node;
}

function datePartOf(input: HTMLInputElement): DatePart | undefined {
  const hint = [
    input.getAttribute('aria-label'),
    input.getAttribute('placeholder'),
    input.getAttribute('data-automation-id'),
    input.name,
    input.id,
  ].join(' ').replace(/([a-z])([A-Z])/g, '$1 $2');
  if (input.getAttribute('role') !== 'spinbutton' && !/^(mm|dd|yyyy|yy|month|day|year)$/i.test(cleanText(input.placeholder)) &&
      !/(date|month|year)/i.test(hint)) return undefined;
  return (['month', 'day', 'year'] as const).find((part) => DATE_PART_HINT[part].test(hint));
}

/** The closest ancestor holding a month and a year input together: one split date question. */
function dateGroupOf(
  input: HTMLInputElement,
  seen: Set<Element>,
  isFillable: (el: HTMLElement) => boolean,
): Partial<Record<DatePart, HTMLInputElement>> | null {
  let node = input.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const inputs = Array.from(node.querySelectorAll<HTMLInputElement>('input')).filter(
      (i) => !seen.has(i) && TEXT_TYPES.has(i.type.toLowerCase()) && isFillable(i),
    );
    const parts: Partial<Record<DatePart, HTMLInputElement>> = {};
    for (const candidate of inputs) {
      const part = datePartOf(candidate);
      if (part && !parts[part]) parts[part] = candidate;
    }
    if (parts.month && parts.year && inputs.length <= 3) return parts;
    if (inputs.length > 3) return null;
  }
  return null;
}

const scopeIds = new WeakMap<Element, number>();
let nextScopeId = 1;

/**
 * Radios sharing a name are one question within their form, as the browser sees them. Checkboxes
 * sharing a name, and unnamed radios, are one question only within one fieldset or group:
 * repeated sections (one per work entry) reuse names for their own "I currently work here".
 */
function scopeId(input: HTMLInputElement): number {
  const grouped = input.type === 'checkbox' || !input.name;
  const scope =
    (grouped ? input.closest('fieldset, [role="group"], [role="radiogroup"]') : null) ??
    // An unnamed radio outside any group is a question of its own.
    (input.name ? (input.form ?? input.ownerDocument.documentElement) : input);
  if (!scopeIds.has(scope)) scopeIds.set(scope, nextScopeId++);
  return scopeIds.get(scope)!;
}

/**
 * Whether `node`, already handled, could only ever be the element of its own field, which the
 * caller would drop: a radio or checkbox joins a group, a split date's part and a drop zone hold
 * others, so only a plain input, textarea or select qualifies.
 */
function standsAlone(node: Element): boolean {
  if (isTextArea(node) || isSelect(node)) return true;
  if (!isInput(node)) return false;
  const type = node.type.toLowerCase();
  return type === 'file' || (TEXT_TYPES.has(type) && !datePartOf(node));
}

/**
 * Turns the page into plain field descriptions; the handles stay behind for the filler.
 * `handled`: elements an earlier pass of the same fill acted on, whose fields the caller drops;
 * those that can only be a field of their own are passed over unread (counted as taken, as a
 * field is, so no split date claims them).
 */
export function collectFields(root: Document | Element = document, refPrefix = 'f', handled?: WeakSet<Element>): Collected {
  const fields: FieldDescription[] = [];
  const handles = new Map<string, FieldHandle>();
  const seen = new Set<Element>();
  const groups = new Map<string, HTMLInputElement[]>();
  // One set of measurements for the whole pass: the page does not change while it is read.
  const { isFillable, isVisible, labelsOf } = visibilityPass();
  const sectionOf = sectionPass();
  let counter = 0;
  const add = (handle: Omit<FieldHandle, 'ref'>, description: Omit<FieldDescription, 'ref' | 'control'>) => {
    const ref = `${refPrefix}${counter++}`;
    handles.set(ref, { ref, ...handle });
    fields.push({ ref, control: handle.control, ...description });
  };

  const trees: Tree[] = [];
  for (const node of allElements(root, trees)) {
    if (!isElement(node) || seen.has(node)) continue;
    if (handled?.has(node) && standsAlone(node)) {
      seen.add(node);
      continue;
    }
    // Each element's name read once: most elements of a page are none of these controls.
    const tag = node.localName;
    if (tag === 'input' && isInput(node)) {
      const type = node.type.toLowerCase();
      if (type === 'radio' || type === 'checkbox') {
        if (!isFillable(node)) continue;
        const key = `${type}:${scopeId(node)}:${node.name}`;
        groups.set(key, [...(groups.get(key) ?? []), node]);
        continue;
      }
      if (type === 'file') {
        if (!isFillable(node)) continue;
        seen.add(node);
        add(
          { control: 'file', element: node },
          {
            ...attributesOf(node, sectionOf),
            ...labelHints(node, [nearbyQuestion(node)], labelsOf),
            currentValue: heldFiles(node),
            ...(node.accept ? { accept: node.accept } : {}),
          },
        );
        continue;
      }
      if (!TEXT_TYPES.has(type) || !isFillable(node)) continue;
      const parts = datePartOf(node) ? dateGroupOf(node, seen, isFillable) : null;
      if (parts) {
        const members = Object.values(parts);
        members.forEach((m) => seen.add(m));
        const container = commonAncestor(members)!;
        add(
          { control: 'date-split', element: container as HTMLElement, parts },
          {
            ...attributesOf(parts.month!, sectionOf),
            labels: [...new Set([...labelHints(container as HTMLElement, [], labelsOf).labels, nearbyQuestion(container)].filter(Boolean))],
            currentValue: members.map((m) => m.value).join(''),
            dateParts: (['month', 'day', 'year'] as const).filter((p) => parts[p]),
          },
        );
        continue;
      }
      seen.add(node);
      const combobox = node.getAttribute('role') === 'combobox';
      add(
        { control: combobox ? 'combobox' : 'text', element: node },
        {
          ...attributesOf(node, sectionOf),
          ...(combobox ? {} : { inputType: type || 'text' }),
          ...labelHints(node, [], labelsOf),
          currentValue: combobox ? comboboxValue(node) : node.value,
          ...(node.maxLength > 0 ? { maxLength: node.maxLength } : {}),
        },
      );
    } else if (tag === 'textarea' && isTextArea(node)) {
      if (!isFillable(node)) continue;
      seen.add(node);
      add(
        { control: 'textarea', element: node },
        { ...attributesOf(node, sectionOf), ...labelHints(node, [], labelsOf), currentValue: node.value, ...(node.maxLength > 0 ? { maxLength: node.maxLength } : {}) },
      );
    } else if (tag === 'select' && isSelect(node)) {
      if (!isFillable(node)) continue;
      seen.add(node);
      add(
        { control: 'select', element: node },
        {
          ...attributesOf(node, sectionOf),
          ...labelHints(node, [], labelsOf),
          options: selectOptions(node),
          ...(node.multiple ? { multiple: true } : {}),
          currentValue: selectValue(node),
        },
      );
    } else if (node.matches(DROP_ZONE) && !node.parentElement?.closest(DROP_ZONE) && !node.querySelector('input[type="file"]')) {
      // A drop zone with no file input of its own takes the file by a drop, as a person's drag would.
      if (!isVisible(node) || opensFileInput(node)) continue;
      seen.add(node);
      node.querySelectorAll('*').forEach((inner) => seen.add(inner));
      add(
        { control: 'file', element: node },
        { ...attributesOf(node, sectionOf), ...labelHints(node, [ownText(node), nearbyQuestion(node)], labelsOf), currentValue: heldFiles(node) },
      );
    } else if (node.matches('button[aria-haspopup="listbox"], [role="button"][aria-haspopup="listbox"]')) {
      if (!isFillable(node)) continue;
      seen.add(node);
      add(
        { control: 'listbox-button', element: node },
        { ...attributesOf(node, sectionOf), ...labelHints(node, [nearbyQuestion(node)], labelsOf), currentValue: listboxButtonValue(node) },
      );
    }
  }

  for (const members of groups.values()) {
    const first = members[0]!;
    const control = first.type === 'radio' ? 'radio-group' : members.length > 1 ? 'checkbox-group' : 'checkbox';
    members.forEach((m) => seen.add(m));
    const checked = members.filter((m) => m.checked).map(choiceValue);
    const base = { ...attributesOf(first, sectionOf), required: members.some((m) => m.required) || undefined };
    if (base.required === undefined) delete base.required;
    // Two questions merged into one group (unnamed radios in one fieldset) repeat their choices:
    // no one could tell which "Yes" answers what, so neither is filled.
    const values = members.map(choiceValue);
    if (new Set(values).size !== values.length) continue;
    if (control === 'checkbox') {
      add({ control, element: first, members }, { ...base, ...labelHints(first, [], labelsOf), currentValue: first.checked ? 'on' : '' });
    } else {
      add(
        { control, element: first, members },
        {
          ...base,
          labels: groupQuestion(members),
          options: members.map((m) => ({ value: choiceValue(m), label: choiceLabel(m) })),
          currentValue: control === 'radio-group' ? (checked[0] ?? '') : checked,
        },
      );
    }
  }
  return { fields, handles, trees };
}

const SINGLE_VALUE = '[class*="single-value"], [class*="singleValue"]';
const MULTI_VALUE = '[class*="multi-value__label"], [class*="multiValueLabel"]';
/** Without a class prefix, react-select's production build names only the chip: "css-1p3m7a8-multiValue". */
const MULTI_VALUE_CHIP = '[class*="-multiValue"]:not([class*="-multiValueRemove"])';

/**
 * react-select and similar show the committed choice beside the search input, a few levels up
 * (the input sits in its own small container), never in the input itself; a multi-select shows
 * one label per choice.
 */
function comboboxValue(input: HTMLInputElement): string | string[] {
  let node = input.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const labels = node.querySelectorAll(MULTI_VALUE);
    const multi = labels.length ? labels : node.querySelectorAll(MULTI_VALUE_CHIP);
    if (multi.length) return Array.from(multi, (label) => cleanText(label.textContent));
    const single = node.querySelector(SINGLE_VALUE);
    if (single) return cleanText(single.textContent);
    if (node.matches('[class*="control"]')) break;
  }
  return input.value;
}

const LISTBOX_PLACEHOLDER = /^(select one|select|choose|please select|--)/i;

function listboxButtonValue(button: HTMLElement): string {
  const text = ownText(button);
  return LISTBOX_PLACEHOLDER.test(text) ? '' : text;
}
