import type { FieldDescription } from './types';
import { isPlaceholderOption } from './wording';

/**
 * Whether the field already holds something the user put there. A select showing its
 * "Select..." option, or a listbox button reading "Select One", is empty. A checked checkbox
 * is the user's.
 */
export function hasUserValue(field: FieldDescription): boolean {
  const { currentValue } = field;
  if (Array.isArray(currentValue)) return currentValue.some((value) => value.trim() !== '');
  if (currentValue.trim() === '') return false;
  if (field.control === 'select' || field.control === 'combobox' || field.control === 'listbox-button') {
    const shown = field.options?.find((option) => option.value === currentValue) ?? { value: currentValue, label: currentValue };
    return !isPlaceholderOption(shown);
  }
  return true;
}
