/**
 * Which Office.js members a set of source files uses, and in which requirement set each is, read by the TypeScript
 * compiler from @types/office-js's "[Api set: ExcelApi x.y]" annotations: property accesses and calls, properties of
 * object literals typed by office-js (run options, protection options), and the property paths of `load('a,b/c')`.
 *
 * A member newer than the minimum is an *entry point* when the type it belongs to is not itself newer (Worksheet is
 * 1.1, Worksheet.pageLayout 1.9): only entry points need a feature check, since the rest (PageLayout.orientation)
 * can only be reached through one. A use is *guarded* when it sits in the true branch of a condition (if, ?:, &&)
 * naming a HostFeatures flag whose version covers it (`features.pageLayout`), or calling
 * `isSetSupported('ExcelApi', 'x.y')` with x.y high enough.
 */
import path from 'node:path';
import ts from 'typescript';
import { compareVersions } from '../support/fake-excel';

/** One use of an Office.js member. */
export interface MemberUse {
  /** "Worksheet.pageLayout" */
  member: string;
  /** "src/office/sheetSteps.ts:143" */
  at: string;
  /** The requirement set, e.g. "ExcelApi", "ExcelApiOnline". */
  set: string;
  /** Its version ("1.9"), or the annotation's text when it has none ("BETA (PREVIEW ONLY)"). */
  version: string;
  /** The member is newer than its type (see the module comment). */
  entryPoint: boolean;
  /** The feature checks found around the use: versions they guarantee. */
  guardedUpTo: string | null;
}

const ROOT = path.join(__dirname, '../..');
const API_SET = /\[Api set: (\w+) ([^\]]+)\]/;

/** Every Office.js member used in `files` (paths from the repository root), with `extra` in-memory files. */
export function officeMembersUsed(
  files: readonly string[],
  featureVersions: Readonly<Record<string, string>>,
  extra: Readonly<Record<string, string>> = {},
): MemberUse[] {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const virtual = new Map(Object.entries(extra).map(([f, text]) => [path.join(ROOT, f), text]));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => {
    const text = virtual.get(path.resolve(name));
    return text === undefined
      ? getSourceFile(name, version, ...rest)
      : ts.createSourceFile(name, text, version, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => virtual.has(path.resolve(name)) || fileExists(name);
  const roots = [...files.map((f) => path.join(ROOT, f)), ...virtual.keys()];
  const program = ts.createProgram(roots, options, host);
  const checker = program.getTypeChecker();
  const uses: MemberUse[] = [];
  for (const root of roots) {
    const source = program.getSourceFile(root);
    if (!source) throw new Error(`not compiled: ${root}`);
    visit(source, checker, featureVersions, uses);
  }
  return uses;
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return { ...parsed.options, noEmit: true };
}

function visit(
  source: ts.SourceFile,
  checker: ts.TypeChecker,
  features: Readonly<Record<string, string>>,
  out: MemberUse[],
): void {
  const record = (node: ts.Node, symbol: ts.Symbol | undefined) => {
    const use = describe(symbol, node, source, features);
    if (use) out.push(use);
  };
  const walk = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) record(node.name, checker.getSymbolAtLocation(node.name));
    if (ts.isObjectLiteralExpression(node)) {
      const type = checker.getContextualType(node);
      for (const p of node.properties)
        if (type && p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
          record(p.name, type.getProperty(p.name.text));
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'load'
    )
      for (const arg of node.arguments)
        for (const literal of stringArguments(arg, checker))
          for (const p of literal.text.split(','))
            loadPath(
              checker.getTypeAtLocation(node.expression.expression),
              p.trim().split('/'),
              literal,
              checker,
              record,
            );
    ts.forEachChild(node, walk);
  };
  walk(source);
}

/** The string literals a load argument can be: itself, both branches of a ?:, a const it names, array items. */
function stringArguments(arg: ts.Expression, checker: ts.TypeChecker): ts.StringLiteralLike[] {
  if (ts.isStringLiteralLike(arg)) return [arg];
  if (ts.isConditionalExpression(arg))
    return [...stringArguments(arg.whenTrue, checker), ...stringArguments(arg.whenFalse, checker)];
  if (ts.isArrayLiteralExpression(arg)) return arg.elements.flatMap((e) => stringArguments(e, checker));
  if (ts.isIdentifier(arg)) {
    const decl = checker.getSymbolAtLocation(arg)?.valueDeclaration;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer)
      return stringArguments(decl.initializer, checker);
  }
  return [];
}

/** Resolves "items/worksheet/name" step by step from the loaded object's type, recording each member. */
function loadPath(
  start: ts.Type,
  segments: readonly string[],
  at: ts.Node,
  checker: ts.TypeChecker,
  record: (node: ts.Node, symbol: ts.Symbol | undefined) => void,
): void {
  let type: ts.Type | undefined = start;
  for (const segment of segments) {
    if (!type || !segment) return;
    const symbol = type.getProperty(segment);
    if (!symbol)
      throw new Error(`load path ${segments.join('/')}: no ${segment} on ${checker.typeToString(type)}`);
    record(at, symbol);
    const next = checker.getTypeOfSymbolAtLocation(symbol, at);
    type = segment === 'items' ? checker.getIndexTypeOfType(next, ts.IndexKind.Number) : next;
  }
}

function describe(
  symbol: ts.Symbol | undefined,
  node: ts.Node,
  source: ts.SourceFile,
  features: Readonly<Record<string, string>>,
): MemberUse | null {
  const decl = symbol?.declarations?.find((d) => d.getSourceFile().fileName.includes('@types/office-js'));
  if (!symbol || !decl) return null;
  const own = apiSet(decl);
  if (!own) return null;
  const container = decl.parent && apiSet(decl.parent);
  const newer = (a: string, b: string) => !isVersion(b) || (isVersion(a) && compareVersions(a, b) < 0);
  const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  return {
    member: `${containerName(decl)}${symbol.name}`,
    at: `${path.relative(ROOT, source.fileName)}:${line}`,
    set: own.set,
    version: own.version,
    entryPoint: !container || container.set !== own.set || newer(container.version, own.version),
    guardedUpTo: guard(node, features),
  };
}

/**
 * A declaration's requirement set. Some notes qualify the version ("1.1 for reading visibility; 1.2 for setting it",
 * "1.2 for options; 1.7 for password"): the highest version named is taken, to be safe.
 */
function apiSet(node: ts.Node): { set: string; version: string } | null {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .map((d) => d.getText())
    .join('\n');
  const m = API_SET.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const versions = m[2].match(/\d+(\.\d+)+/g) ?? [];
  const version = versions.reduce<string | null>((a, v) => highest(a, v), null);
  return { set: m[1], version: version ?? m[2].trim() };
}

function containerName(decl: ts.Declaration): string {
  const parent = decl.parent;
  if (parent && (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent)) && parent.name)
    return `${parent.name.text}.`;
  return '';
}

/** The highest version the conditions around `node` guarantee (null: none). */
function guard(node: ts.Node, features: Readonly<Record<string, string>>): string | null {
  let best: string | null = null;
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    let condition: ts.Expression | undefined;
    if (ts.isIfStatement(parent) && parent.thenStatement === child) condition = parent.expression;
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child) condition = parent.condition;
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      parent.right === child
    )
      condition = parent.left;
    if (condition) best = highest(best, guaranteed(condition, features));
  }
  return best;
}

/**
 * The version a condition guarantees when true: a feature flag read (`features.pageLayout`), or
 * `isSetSupported('ExcelApi', 'x.y')`, alone or joined by && — never under ! or || (they guarantee nothing).
 */
function guaranteed(c: ts.Expression, features: Readonly<Record<string, string>>): string | null {
  if (ts.isParenthesizedExpression(c)) return guaranteed(c.expression, features);
  if (ts.isBinaryExpression(c) && c.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
    return highest(guaranteed(c.left, features), guaranteed(c.right, features));
  if (ts.isPropertyAccessExpression(c)) return features[c.name.text] ?? null;
  if (
    ts.isCallExpression(c) &&
    ts.isPropertyAccessExpression(c.expression) &&
    c.expression.name.text === 'isSetSupported'
  ) {
    const [set, version] = c.arguments;
    if (set && ts.isStringLiteral(set) && set.text === 'ExcelApi' && version && ts.isStringLiteral(version))
      return isVersion(version.text) ? version.text : null;
  }
  return null;
}

function highest(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return compareVersions(a, b) >= 0 ? a : b;
}

function isVersion(v: string): boolean {
  return /^\d+(\.\d+)*$/.test(v);
}
