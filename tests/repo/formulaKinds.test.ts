/**
 * Adding a formula kind touches the registry and its tests only: no module of src/ but the registry names a kind
 * or reads an operand by name — they all go through src/core/plan/formulas.ts. (A plan using a kind added that way
 * is run end to end in tests/core/formulas/newKind.test.ts.)
 */
import ts from 'typescript';
import { FORMULA_KINDS, FORMULAS } from '../../src/core/plan/formulas';
import { nodesOf, parse, sourceFiles } from './sourceFiles';

const REGISTRY = 'src/core/plan/formulas.ts';
/** Adapters never see a plan: their own words (a transaction's `before` state, say) are not operands. */
const ADAPTERS = /^src\/(office|xlsx|docx)\//;
const OPERANDS = new Set<string>(Object.values(FORMULAS).flatMap((d) => Object.keys(d.operands)));
const KINDS = new Set<string>(FORMULA_KINDS);

/** "file:line: what" for every place in a file that names a kind or reads an operand. */
function mentionsIn(source: ts.SourceFile): string[] {
  const at = (node: ts.Node) =>
    `${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const out: string[] = [];
  for (const node of nodesOf(source)) {
    if (ts.isStringLiteralLike(node) && KINDS.has(node.text)) out.push(`${at(node)}: kind "${node.text}"`);
    if (ts.isPropertyAccessExpression(node) && OPERANDS.has(node.name.text))
      out.push(`${at(node)}: operand .${node.name.text}`);
  }
  return out;
}

describe('formula kinds', () => {
  it('are named only in the registry', () => {
    const elsewhere = sourceFiles().filter((f) => f !== REGISTRY && !ADAPTERS.test(f));
    expect(elsewhere.flatMap((f) => mentionsIn(parse(f)))).toEqual([]);
  });

  it('would be found if a module branched on one', () => {
    const branch = "if (f.kind === 'ratio') return f.numerator;\nconst t = `reduction`;";
    const source = ts.createSourceFile('x.ts', branch, ts.ScriptTarget.ES2022, true);
    expect(mentionsIn(source)).toEqual([
      'x.ts:1: kind "ratio"',
      'x.ts:1: operand .numerator',
      'x.ts:2: kind "reduction"',
    ]);
  });
});
