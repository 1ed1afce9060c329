import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A standard IR test collection: documents, numbered queries and graded judgments. */
export interface IrCollection {
  name: string;
  documents: IrDocument[];
  queries: Array<{ id: string; text: string }>;
  /** Query id → document id → relevance grade (only grades above 0 count as relevant). */
  judgments: Map<string, Map<string, number>>;
}

export interface IrDocument {
  id: string;
  title: string;
  text: string;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** TREC qrels lines: `query iteration document grade`. */
function parseQrels(text: string): Map<string, Map<string, number>> {
  const judgments = new Map<string, Map<string, number>>();
  for (const line of text.split('\n')) {
    const [query, , document, grade] = line.trim().split(/\s+/);
    if (query === undefined || document === undefined || grade === undefined) continue;
    let byDocument = judgments.get(query);
    if (!byDocument) {
      byDocument = new Map();
      judgments.set(query, byDocument);
    }
    byDocument.set(document, Number(grade));
  }
  return judgments;
}

/** Splits Cranfield's `.I n` records into their `.X` fields. */
function cranfieldRecords(text: string): Array<{ id: string; fields: Map<string, string> }> {
  const records: Array<{ id: string; fields: Map<string, string> }> = [];
  for (const chunk of text.split(/^\.I /m).slice(1)) {
    const [idLine = '', ...lines] = chunk.split('\n');
    const fields = new Map<string, string>();
    let field: string | null = null;
    let buffer: string[] = [];
    const flush = () => {
      if (field !== null) fields.set(field, collapseSpaces(buffer.join(' ')));
    };
    for (const line of lines) {
      const marker = /^\.([A-Z])\s*$/.exec(line);
      if (marker) {
        flush();
        field = marker[1] ?? null;
        buffer = [];
      } else {
        buffer.push(line);
      }
    }
    flush();
    records.push({ id: idLine.trim(), fields });
  }
  return records;
}

export async function loadCranfield(dir: string): Promise<IrCollection> {
  const [documentsText, queriesText, qrelsText] = await Promise.all([
    readFile(path.join(dir, 'cran.all.1400'), 'utf8'),
    readFile(path.join(dir, 'cran.qry'), 'utf8'),
    readFile(path.join(dir, 'QRelsCorrectedforTRECeval'), 'utf8'),
  ]);
  const documents = cranfieldRecords(documentsText).map(({ id, fields }) => ({
    id: String(Number(id)),
    title: fields.get('T') ?? '',
    text: fields.get('W') ?? '',
  }));
  // The .I numbers of cran.qry skip values; the judgments number queries 1–225 in file order.
  const queries = cranfieldRecords(queriesText).map(({ fields }, index) => ({
    id: String(index + 1),
    text: fields.get('W') ?? '',
  }));
  return { name: 'Cranfield', documents, queries, judgments: parseQrels(qrelsText) };
}

function trecBlocks(text: string, tag: string): string[] {
  const blocks: string[] = [];
  const pattern = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
  for (const match of text.matchAll(pattern)) blocks.push(match[1] ?? '');
  return blocks;
}

function trecField(block: string, tag: string): string {
  return collapseSpaces(new RegExp(`<${tag}>([\\s\\S]*?)(?:</${tag}>|<|$)`).exec(block)?.[1] ?? '');
}

export async function loadVaswani(dir: string): Promise<IrCollection> {
  const [documentsText, queriesText, qrelsText] = await Promise.all([
    readFile(path.join(dir, 'doc-text.trec'), 'utf8'),
    readFile(path.join(dir, 'query-text.trec'), 'utf8'),
    readFile(path.join(dir, 'qrels'), 'utf8'),
  ]);
  const documents = trecBlocks(documentsText, 'DOC').map((block) => ({
    id: trecField(block, 'DOCNO'),
    title: '',
    text: collapseSpaces(block.replace(/<DOCNO>[\s\S]*?<\/DOCNO>/, '')),
  }));
  const queries = trecBlocks(queriesText, 'top').map((block) => ({
    id: trecField(block, 'num'),
    text: trecField(block, 'title'),
  }));
  return { name: 'Vaswani', documents, queries, judgments: parseQrels(qrelsText) };
}
