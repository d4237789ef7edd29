/** Every document the README or a source comment cites exists in the repository (no more DESIGN.md that is not there). */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, sourceFiles } from './sourceFiles';

/** Markdown documents named in a text ("docs/design.md", "[x](docs/addin.md)"), as written. */
function citedDocuments(text: string): string[] {
  return [...text.matchAll(/(?<![\w/.-])((?:\.{1,2}\/)?(?:[\w.-]+\/)*[\w.-]+\.md)\b/g)].map(
    (m) => m[1] as string,
  );
}

/** The cited documents that do not exist, as "file: document" (paths are from the repository root or the file). */
function missingIn(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return citedDocuments(text)
    .filter(
      (doc) =>
        !fs.existsSync(path.join(ROOT, doc)) && !fs.existsSync(path.join(ROOT, path.dirname(file), doc)),
    )
    .map((doc) => `${file}: ${doc}`);
}

describe('cited documents', () => {
  it('exist, for the README and every source file', () => {
    expect(['README.md', ...sourceFiles()].flatMap(missingIn)).toEqual([]);
  });

  it('are found however they are cited', () => {
    expect(citedDocuments('see DESIGN.md, [the add-in](docs/addin.md) and ../shared/DOMAIN.md.')).toEqual([
      'DESIGN.md',
      'docs/addin.md',
      '../shared/DOMAIN.md',
    ]);
  });
});
