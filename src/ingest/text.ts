import { InputFileError } from '../errors/index.js';

export interface DecodedText {
  text: string;
  encoding: string;
}

/** Decodes a text file: UTF-8 (with or without BOM) and UTF-16 with a BOM; anything else is refused by name. */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    throw new InputFileError(file, 'text is not valid UTF-8 (legacy encodings are not supported yet)', 'convert the file to UTF-8');
  }
}

/** Form feeds separate pages in text exported from PDFs. */
export function splitTextPages(text: string): string[] {
  return text.split('\f');
}
