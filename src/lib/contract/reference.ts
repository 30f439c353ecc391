/**
 * The data contract rendered as Markdown, derived entirely from the contract module.
 * `npm run docs` writes it to docs/data-contract.md; a unit test keeps that file in step.
 */
import {
  COLUMN_HEADINGS,
  describeAliases,
  describeCheck,
  describeCodes,
  describeEmpty,
  describePrimaryKey,
  describeRange,
  describeRef,
  describeType,
  fileName,
  generalRules,
  requiredLabel,
} from './describe';
import { TABLES } from './tables';
import type { Column, Table } from './types';

/** A Markdown table cell: no pipes or line breaks may leak out of it. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function columnName(c: Column): string {
  return `\`${c.name}\`${c.required ? '\\*' : ''}${c.pk ? ' PK' : ''}`;
}

function columnRow(c: Column): string {
  return row([
    columnName(c),
    describeAliases(c),
    describeType(c),
    describeCodes(c).join(', '),
    describeRange(c),
    describeRef(c),
    describeEmpty(c),
    c.description,
  ]);
}

function tableSection(t: Table): string[] {
  const lines = [
    `### ${fileName(t)} (${requiredLabel(t)})`,
    '',
    `${t.description[0].toUpperCase()}${t.description.slice(1)}.`,
    '',
    `Primary key: ${describePrimaryKey(t)}.`,
    '',
    row(COLUMN_HEADINGS),
    row(COLUMN_HEADINGS.map(() => '---')),
    ...t.columns.map(columnRow),
  ];
  if (t.checks.length) {
    lines.push('', 'Row checks:', '', ...t.checks.map((c) => `- ${describeCheck(c)}`));
  }
  return lines;
}

function summary(tables: readonly Table[]): string[] {
  return [
    row(['file', 'status', 'holds']),
    row(['---', '---', '---']),
    ...tables.map((t) => row([`[${fileName(t)}](#${anchor(t)})`, requiredLabel(t), t.description])),
  ];
}

/** GitHub's heading anchor for `### pupils.csv (required)`. */
function anchor(t: Table): string {
  return `${fileName(t)} (${requiredLabel(t)})`
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');
}

export function contractMarkdown(tables: readonly Table[] = TABLES): string {
  const lines = [
    '# Data contract: the CSV files the dashboard accepts',
    '',
    '<!-- Generated from src/lib/contract/ by `npm run docs`. Do not edit by hand. -->',
    '',
    "A virtual school's data officer exports these files from the ePEP system, the case-management",
    "system (SSDA903 extract), the school census or attendance feed and the local authority's CME and",
    'EHE registers, and drops them into the app. Each file is checked against this contract before',
    'anything is loaded.',
    '',
    '## General rules (every file)',
    '',
    ...generalRules(tables).map((r) => `- **${r.topic}**: ${r.text}`),
    '',
    '## Tables',
    '',
    '`*` = required column. PK = part of the primary key. Header aliases are other header names',
    'accepted for the column. In brackets after a code: the words the dashboard shows for it, then',
    'other values accepted for it ("also ...").',
    '',
    ...summary(tables),
    '',
    ...tables.flatMap((t) => [...tableSection(t), '']),
  ];
  return lines.join('\n');
}
