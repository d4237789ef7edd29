/**
 * Authentic submissions from end to end (issue 16): templates sealed under the key in CHITIEU_SEAL_KEY (or the file
 * --seal-key-file names), files crafted by second clients — a hidden stamp edited with openpyxl, a sealed template
 * resaved by LibreOffice, saved times written in two zones — validated and merged by the compiled CLI.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sealKeyFromText, sealKeyId } from '../../src/core/seal/seal';
import { findStampSheet, parseStamp } from '../../src/core/stamps/template';
import { readWorkbook } from '../../src/xlsx/read';
import { editWithOpenpyxl, setIndicator, type Edit } from '../support/agencyEdits';
import { chitieu } from '../support/cli';
import { libreOfficeConvert, python, tempDir } from '../support/external';

const KEY = 'khóa-thử-của-Sở-Tài-chính-2025-07';
const WITH_KEY = { CHITIEU_SEAL_KEY: KEY };
const made = sealKeyFromText(KEY);
const KEY_ID = made.ok ? sealKeyId(made.key) : '';

const dir = tempDir('chitieu-seal-');
const sealed = (agency: string) => path.join(dir, 'sealed', `2025-07_${agency}.xlsx`);
const plain = (agency: string) => path.join(dir, 'plain', `2025-07_${agency}.xlsx`);
const fill: Edit[] = [setIndicator('CT05', 'Giá trị 1', 5), { op: 'reportDate', value: '2025-07-16' }];

/** The A1 address of a stamp field's value (column B of its row), read from the file itself. */
function stampCell(file: string, field: string): string {
  const read = readWorkbook(new Uint8Array(readFileSync(file)), path.basename(file));
  if (!read.ok) throw new Error('unreadable test file');
  const sheet = findStampSheet(read.snapshot);
  const row = sheet?.rows.findIndex((r) => r[0]?.t === 's' && r[0].v === field) ?? -1;
  if (row < 0) throw new Error(`no stamp field ${field}`);
  return `B${row + 1}`;
}

/** The template's hidden stamp edited with openpyxl to claim Sở Y tế, every visible sheet left as issued. */
function claimSoYTe(src: string, dest: string): void {
  editWithOpenpyxl(src, dest, [
    ...fill,
    { op: 'setCell', sheet: '_stamp', cell: stampCell(src, 'agencyId'), value: 'so-y-te' },
    { op: 'setCell', sheet: '_stamp', cell: stampCell(src, 'agencyName'), value: 'Sở Y tế' },
  ]);
}

/** Sets the file's saved time (docProps/core.xml dcterms:modified) to exactly this text, as another writer might. */
function savedAt(file: string, text: string): void {
  python(
    `import sys, re, shutil, zipfile
src, when = sys.argv[1], sys.argv[2]
tmp = src + '.tmp'
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'docProps/core.xml':
            data = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*', lambda m: m.group(1) + when.encode(), data)
        zout.writestr(item, data)
shutil.move(tmp, src)`,
    [file, text],
  );
}

interface ValidateDoc {
  seal: { keyId: string } | null;
  files: {
    file: string;
    agency: string | null;
    issues: { code: string; severity: string; message: string }[];
  }[];
}
const validateJson = (files: string[], env: Record<string, string> = {}, extra: string[] = []) => {
  const r = chitieu(['validate', ...files, ...extra, '--json'], undefined, env);
  return { r, doc: JSON.parse(r.stdout) as ValidateDoc };
};
const codesOf = (doc: ValidateDoc, i = 0) => doc.files[i]?.issues.map((x) => x.code) ?? [];

beforeAll(() => {
  const withKey = chitieu(
    [
      'templates',
      '--period',
      '2025-07',
      '--agency',
      'so-y-te',
      'so-tai-chinh',
      '--out',
      path.join(dir, 'sealed'),
    ],
    undefined,
    WITH_KEY,
  );
  expect(withKey.code).toBe(0);
  expect(withKey.stdout).toContain(KEY_ID);
  expect(`${withKey.stdout}${withKey.stderr}`).not.toContain(KEY);
  const without = chitieu([
    'templates',
    '--period',
    '2025-07',
    '--agency',
    'so-y-te',
    '--out',
    path.join(dir, 'plain'),
  ]);
  expect(without.code).toBe(0);
  expect(without.stdout).not.toMatch(/mã xác thực/);
});

describe('chitieu with a sealing key', () => {
  it('each template made with the key carries a seal of that key; the key itself is in no file', () => {
    const bytes = readFileSync(sealed('so-y-te'));
    const read = readWorkbook(new Uint8Array(bytes), 'so-y-te.xlsx');
    const sheet = read.ok ? findStampSheet(read.snapshot) : undefined;
    const parsed = sheet && parseStamp(sheet);
    expect(parsed?.ok && parsed.stamp.seal).toMatch(new RegExp(`^v1:${KEY_ID}:[0-9a-f]{64}$`));
    // Every part unpacked and searched: the key nowhere, while the same search finds the seal's key id.
    const count = (text: string) =>
      python(
        `import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(sum(z.read(n).count(sys.argv[2].encode()) for n in z.namelist()))`,
        [sealed('so-y-te'), text],
      ).trim();
    expect(count(KEY)).toBe('0');
    expect(count(`v1:${KEY_ID}:`)).toBe('1');
  });

  it('a sealed template filled by another program is accepted with the key, and says the key it checked with', () => {
    const filled = path.join(dir, 'inbox-ok', '2025-07_so-y-te.xlsx');
    editWithOpenpyxl(sealed('so-y-te'), filled, fill);
    const { doc } = validateJson([filled], WITH_KEY);
    expect(doc.seal).toEqual({ keyId: KEY_ID });
    expect(doc.files[0]?.agency).toBe('so-y-te');
    expect(codesOf(doc).filter((c) => c.startsWith('SEAL_') || c.startsWith('AGENCY_'))).toEqual([]);
    const text = chitieu(['validate', filled], undefined, WITH_KEY);
    expect(text.stdout.split('\n')[0]).toBe(
      `Kiểm tra mã xác thực bằng khóa mã ${KEY_ID}: tệp không có mã xác thực hợp lệ không được kiểm tra tiếp và không được tổng hợp.`,
    );
  });

  it('a hidden stamp edited with openpyxl to claim Sở Y tế is caught: by the sheets without a key, by the seal with it', () => {
    const forged = path.join(dir, 'forged', 'bao-cao.xlsx');
    claimSoYTe(sealed('so-tai-chinh'), forged);
    const without = validateJson([forged]);
    expect(without.doc.seal).toBeNull();
    expect(without.doc.files[0]?.agency).toBeNull();
    expect(codesOf(without.doc)).toEqual([
      // Layout 3 shows no agency code (docs/forms.md): the name on the instructions sheet and both forms' headers.
      'AGENCY_NAME_MISMATCH',
      'AGENCY_NAME_MISMATCH',
      'AGENCY_NAME_MISMATCH',
    ]);
    expect(without.doc.files[0]?.issues[1]?.message).toMatch(
      /^Trang "Hướng dẫn" ô B\d+ ghi cơ quan "Sở Tài chính", nhưng mẫu biểu được phát hành cho Sở Y tế/,
    );
    expect(without.r.code).toBe(1);
    const withKey = validateJson([forged], WITH_KEY);
    expect(codesOf(withKey.doc)).toContain('SEAL_INVALID');
  });

  it('an unsealed template is refused as not sealed when the key is set, and read as before without it', () => {
    const filled = path.join(dir, 'inbox-plain', '2025-07_so-y-te.xlsx');
    editWithOpenpyxl(plain('so-y-te'), filled, fill);
    expect(codesOf(validateJson([filled], WITH_KEY).doc)).toEqual(['SEAL_MISSING']);
    expect(codesOf(validateJson([filled]).doc)).not.toContain('SEAL_MISSING');
  });

  it('--seal-key-file gives the key from a file (its line break dropped), the same key as the environment', () => {
    const keyFile = path.join(dir, 'khoa.txt');
    writeFileSync(keyFile, `${KEY}\n`);
    const { doc } = validateJson([sealed('so-y-te')], {}, ['--seal-key-file', keyFile]);
    expect(doc.seal).toEqual({ keyId: KEY_ID });
    expect(codesOf(doc).filter((c) => c.startsWith('SEAL_'))).toEqual([]);
  });

  it('a key too short is refused, naming where it came from and never showing it', () => {
    const r = chitieu(['validate', sealed('so-y-te')], undefined, { CHITIEU_SEAL_KEY: 'ngan-qua' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CHITIEU_SEAL_KEY');
    expect(r.stderr).toContain('16');
    expect(`${r.stdout}${r.stderr}`).not.toContain('ngan-qua');
  });

  it('a sealed template resaved by LibreOffice keeps a valid seal', () => {
    const out = path.join(dir, 'lo');
    mkdirSync(out, { recursive: true });
    const resaved = libreOfficeConvert(sealed('so-y-te'), 'xlsx', out);
    const { doc } = validateJson([resaved], WITH_KEY);
    expect(doc.files[0]?.agency).toBe('so-y-te');
    expect(codesOf(doc).filter((c) => c.startsWith('SEAL_') || c.startsWith('AGENCY_'))).toEqual([]);
  });

  it('a file name carrying another agency’s id is a warning naming both agencies', () => {
    const renamed = path.join(dir, 'renamed', '2025-07_so-tai-chinh.xlsx');
    mkdirSync(path.dirname(renamed), { recursive: true });
    copyFileSync(sealed('so-y-te'), renamed);
    const { doc } = validateJson([renamed]);
    const warning = doc.files[0]?.issues.find((i) => i.code === 'AGENCY_FILE_NAME_MISMATCH');
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning?.message).toContain('"2025-07_so-tai-chinh.xlsx" mang mã cơ quan "so-tai-chinh"');
    expect(warning?.message).toContain('Sở Y tế');
  });
});

describe('chitieu merge: who wins for an agency', () => {
  interface MergeDoc {
    files: { file: string; status: string; reason: { code: string } | null }[];
  }
  const merge = (inbox: string, env: Record<string, string> = {}) => {
    const r = chitieu(
      [
        'merge',
        inbox,
        '--period',
        '2025-07',
        '--out',
        path.join(inbox, '..', `${path.basename(inbox)}.xlsx`),
        '--json',
      ],
      undefined,
      env,
    );
    return (JSON.parse(r.stdout) as MergeDoc).files.map((f) => [f.file, f.status, f.reason?.code ?? null]);
  };

  it('a forged file saved after the genuine one is rejected, with and without the key; the genuine one is merged', () => {
    const inbox = path.join(dir, 'merge-forged');
    editWithOpenpyxl(sealed('so-y-te'), path.join(inbox, 'so-y-te.xlsx'), fill);
    claimSoYTe(sealed('so-tai-chinh'), path.join(inbox, 'so-y-te-ban-sua.xlsx'));
    savedAt(path.join(inbox, 'so-y-te.xlsx'), '2025-07-16T03:00:00Z');
    savedAt(path.join(inbox, 'so-y-te-ban-sua.xlsx'), '2025-07-17T03:00:00Z');
    expect(merge(inbox, WITH_KEY)).toEqual([
      ['so-y-te-ban-sua.xlsx', 'rejected', 'SEAL_INVALID'],
      ['so-y-te.xlsx', 'merged', null],
    ]);
    expect(merge(inbox)).toEqual([
      ['so-y-te-ban-sua.xlsx', 'rejected', 'AGENCY_NAME_MISMATCH'],
      ['so-y-te.xlsx', 'merged', null],
    ]);
  });

  it('saved times are instants: a correction saved at 06:00Z beats a file saved at 12:00+07:00 the same day', () => {
    const inbox = path.join(dir, 'merge-instants');
    editWithOpenpyxl(plain('so-y-te'), path.join(inbox, 'a-lan-1.xlsx'), [
      setIndicator('CT05', 'Giá trị 1', 5),
    ]);
    editWithOpenpyxl(plain('so-y-te'), path.join(inbox, 'a-lan-2.xlsx'), [
      setIndicator('CT05', 'Giá trị 1', 6),
    ]);
    savedAt(path.join(inbox, 'a-lan-1.xlsx'), '2025-07-17T12:00:00+07:00');
    savedAt(path.join(inbox, 'a-lan-2.xlsx'), '2025-07-17T06:00:00Z');
    expect(merge(inbox)).toEqual([
      ['a-lan-1.xlsx', 'superseded', 'SUBMISSION_SUPERSEDED'],
      ['a-lan-2.xlsx', 'merged', null],
    ]);
  });
});
