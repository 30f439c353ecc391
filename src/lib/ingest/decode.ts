export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
}

/** UTF-8 (BOM or not), else Windows-1252, as Excel on Windows writes. Null for binary content. */
export function decode(bytes: Uint8Array): Decoded | null {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** What a binary file most likely is, to tell the user how to export it. */
export function describeBinary(bytes: Uint8Array): string {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'an Excel workbook or a zip file';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'an old Excel (.xls) workbook';
  if (bytes[0] === 0x25 && bytes[1] === 0x50) return 'a PDF';
  return 'not a text file';
}
