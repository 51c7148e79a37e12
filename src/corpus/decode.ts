/** Turning a file's bytes into text, or a reason why they are not text. */

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** Magic numbers of binary formats people drop into folders by mistake. */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) return { ok: false, reason: `binary file (${name})` };
  }
  // Control characters other than tab/CR/LF/FF are rare in text and common in binaries.
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return { ok: false, reason: 'binary file (contains NUL bytes)' };
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (control / sample.length > 0.05) return { ok: false, reason: 'binary file (control characters)' };
  let text: string;
  let note: string | undefined;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = latin1.decode(bytes);
    note = 'not valid UTF-8: decoded as Latin-1';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'no text (only white space)' };
  return note ? { ok: true, text, note } : { ok: true, text };
}
