/**
 * No top-level function in src/ is over 100 lines (house rule: split along the domain's steps). Read with the
 * TypeScript compiler: function declarations and functions assigned to top-level constants, task-pane components too.
 */
import ts from 'typescript';
import { parse, sourceFiles } from './sourceFiles';

const MAX_LINES = 100;

/** Every top-level function of a file with its length in lines (from its first token, doc comment excluded). */
function topLevelFunctions(source: ts.SourceFile): { name: string; lines: number }[] {
  const lines = (node: ts.Node) =>
    source.getLineAndCharacterOfPosition(node.getEnd()).line -
    source.getLineAndCharacterOfPosition(node.getStart(source)).line +
    1;
  const out: { name: string; lines: number }[] = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement))
      out.push({ name: statement.name?.text ?? 'default', lines: lines(statement) });
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)))
          out.push({ name: d.name.getText(source), lines: lines(d) });
      }
    }
    if (ts.isExportAssignment(statement) && ts.isFunctionLike(statement.expression))
      out.push({ name: 'default', lines: lines(statement) });
  }
  return out;
}

describe('function length', () => {
  it(`no top-level function in src is over ${MAX_LINES} lines`, () => {
    const long = sourceFiles().flatMap((file) =>
      topLevelFunctions(parse(file))
        .filter((f) => f.lines > MAX_LINES)
        .map((f) => `${file}: ${f.name} (${f.lines} lines)`),
    );
    expect(long).toEqual([]);
  });

  it('measures functions, arrow functions and their lengths as a reader counts them', () => {
    const body = Array.from({ length: 101 }, (_, i) => `  const x${i} = ${i};`).join('\n');
    const code = `/** doc */\nfunction big() {\n${body}\n}\nexport const small = () => 1;\nconst tsx = function () {\n  return 2;\n};\n`;
    const source = ts.createSourceFile('x.tsx', code, ts.ScriptTarget.ES2022, true);
    expect(topLevelFunctions(source)).toEqual([
      { name: 'big', lines: 103 },
      { name: 'small', lines: 1 },
      { name: 'tsx', lines: 3 },
    ]);
  });
});
