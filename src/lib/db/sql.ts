/** SQL text from names and constants of ours: an identifier quoted, a string literal, a list of literals. */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
export const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;
export const list = (xs: readonly string[]): string => xs.map(lit).join(', ');
