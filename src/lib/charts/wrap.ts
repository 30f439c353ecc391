/**
 * A label broken into lines of at most `maxChars` characters, at spaces where it can be,
 * so that long category names are read whole instead of cut short.
 */
export function wrapLabel(label: string, maxChars: number): string[] {
  const width = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    // a word longer than a line is split across lines, hyphenated
    let rest = word;
    while (rest.length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      const cut = Math.max(1, width - 1);
      lines.push(`${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}
