import type { Agency, SectionNode } from '../../schema/document.js';
import { fold, squash } from '../../structure/fold.js';
import { nodeText, stripMarker } from './nodes.js';
import { editDistance } from '../../vietnamese/index.js';
import { phrasesOneEditOff } from './similarity.js';

// Chairing: `chủ trì`, `(là) cơ quan thường trực`, `là đầu mối`, `làm thường trực`, `chịu trách nhiệm chính`.
const LEAD =
  /\bchu tri\b|(?:co quan|don vi) thuong truc|(?:co quan|don vi|la|lam|vai tro) dau moi|la co quan chu tri|(?:la|lam) thuong truc|thuong truc (?:ban chi dao|giup)|chiu trach nhiem chinh\b/g;
// A person a body names as its contact (`cử cán bộ làm đầu mối`) leaves the body a participant.
const STAFF_BEFORE = /(?:^|\s)(?:can bo|cong chuc|vien chuc|nhan vien|nguoi)\s+$/;

export function isLead(foldedText: string): boolean {
  const matches = [...foldedText.matchAll(LEAD), ...nearLeadPhrases(foldedText)];
  for (const match of matches) {
    const clause = foldedText.slice(0, match.index).split(/[;.\n]/).at(-1) ?? '';
    if (/phoi hop (voi|cung)/.test(clause) || STAFF_BEFORE.test(clause.slice(-20))) continue;
    return true;
  }
  return false;
}

// Chairing phrases restoration may leave one letter off (`chn trì`, `cơ quan thường trục`).
const NEAR_LEAD_PHRASES = ['chu tri', 'co quan thuong truc', 'don vi thuong truc', 'chiu trach nhiem chinh', 'la dau moi', 'lam dau moi'];

/** Offsets of chairing phrases printed one letter off, as `{ index }` like regular-expression matches. */
function nearLeadPhrases(foldedText: string): { index: number }[] {
  return [...phrasesOneEditOff(foldedText, NEAR_LEAD_PHRASES)].map(({ start }) => ({ index: start }));
}

/**
 * The role of one of several bodies a heading names, from the bullet under it that opens with its name
 * (`6. Phòng Văn hóa và Thông tin, Trung tâm Văn hóa …` / `- Phòng Văn hóa và Thông tin chủ trì …` / `- Trung tâm …
 * treo …`); null when no bullet does.
 */
export function ownRole(name: string, node: SectionNode, lines: readonly string[]): Agency['role'] | null {
  const key = fold(squash(name));
  if (key.length < 6) return null;
  // A letter or two of the bullet's copy of the name may be damaged (`Truug tâm Vău hóa …`).
  const slack = key.length >= 15 ? 2 : key.length >= 8 ? 1 : 0;
  for (const child of node.children) {
    const text = fold(stripMarker(nodeText(child, lines)));
    if (text.startsWith(key) || (slack > 0 && editDistance(text.slice(0, key.length), key) <= slack)) return isLead(text) ? 'lead' : 'participant';
  }
  return null;
}
