/**
 * Element type tests that hold across frames: an element of a same-origin iframe is an instance
 * of that frame's HTMLInputElement, not this window's, so `instanceof` would miss it.
 */
export const isElement = (node: unknown): node is HTMLElement =>
  typeof node === 'object' && node !== null && (node as Node).nodeType === 1 && 'style' in (node as object);
export const isInput = (node: unknown): node is HTMLInputElement => isElement(node) && node.localName === 'input';
export const isTextArea = (node: unknown): node is HTMLTextAreaElement => isElement(node) && node.localName === 'textarea';
export const isSelect = (node: unknown): node is HTMLSelectElement => isElement(node) && node.localName === 'select';
export const isIFrame = (node: unknown): node is HTMLIFrameElement => isElement(node) && node.localName === 'iframe';
