/** The TypeScript sources of src/, parsed with the TypeScript compiler (for tests that read the code itself). */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** The repository's root folder. */
export const ROOT = path.join(__dirname, '..', '..');

/** Every .ts/.tsx file under a folder of the repository, as paths from the root ("src/core/plan/schema.ts"). */
export function sourceFiles(folder = 'src'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name)) out.push(rel);
    }
  };
  walk(folder);
  return out.sort();
}

/** A source file parsed (syntax only: no type checking, so it is fast). */
export function parse(file: string): ts.SourceFile {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
}

/** Every node of a file, depth first. */
export function nodesOf(source: ts.SourceFile): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    out.push(node);
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}
