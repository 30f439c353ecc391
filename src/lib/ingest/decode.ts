export interface Decoded {
  /** the text, without a byte-order mark */
  text: string;
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
}

type Utf16 = 'utf-16le' | 'utf-16be';

/** The byte order a UTF-16 byte-order mark announces (Excel's "Unicode text" starts with FF FE), else null. */
function utf16ByteOrder(bytes: Uint8Array): Utf16 | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const HEAD = 8192;

/** UTF-16 text, or null when the bytes are not valid UTF-16 or hold NUL characters as binary files do. */
function decodeUtf16(bytes: Uint8Array, encoding: Utf16): Decoded | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return text.slice(0, HEAD).includes('\0') ? null : { text, encoding };
  } catch {
    return null;
  }
}

/** UTF-16 with a byte-order mark; else UTF-8 (BOM or not), else Windows-1252, as Excel on Windows writes. Null for binary content. */
export function decode(bytes: Uint8Array): Decoded | null {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return decodeUtf16(bytes, utf16);
  if (bytes.subarray(0, HEAD).includes(0)) return null;
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
