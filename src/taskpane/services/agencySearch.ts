/** Finding an agency by what a user types: any part of its name (with or without Vietnamese marks) or its id. */
import type { Agency } from '../../core/plan/schema';

/** Lower case without diacritics ("Sở Y tế" → "so y te"; đ → d), for matching typed text. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** True when every word typed begins a word of the agency's name, English name or id ("y te" → Sở Y tế, so-y-te). */
export function agencyMatches(agency: Agency, query: string): boolean {
  const typed = foldVietnamese(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (!typed.length) return true;
  const words = foldVietnamese(`${agency.name} ${agency.nameEn ?? ''} ${agency.id}`).split(/[^a-z0-9]+/);
  return typed.every((t) => words.some((w) => w.startsWith(t)));
}

/** Folded text with runs of spaces and punctuation as one space, for comparing whole names. */
function wholeName(text: string): string {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
}

/**
 * The agency whose full name (or English name, or id) is exactly what was typed, marks and case aside
 * ("so y te" → Sở Y tế), or null. A typed full name is a choice, even without picking it from the list.
 */
export function exactAgency(agencies: readonly Agency[], typed: string): Agency | null {
  const want = wholeName(typed);
  if (!want) return null;
  return (
    agencies.find((a) => [a.name, a.nameEn ?? '', a.id].some((n) => n !== '' && wholeName(n) === want)) ??
    null
  );
}
