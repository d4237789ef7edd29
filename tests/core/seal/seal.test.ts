/** The seal: an HMAC-SHA256 under Sở Tài chính's key over everything a stamp says a template was issued as. */
import { createHmac } from 'node:crypto';
import {
  checkSeal,
  SEAL_KEY_MIN_LENGTH,
  SEALED_FIELDS,
  sealKeyFromText,
  sealKeyId,
  sealOf,
  UNSEALED_FIELDS,
  type SealKey,
  type SealedStamp,
} from '../../../src/core/seal/seal';
import { findStampSheet, parseStamp, type Stamp } from '../../../src/core/stamps/template';
import { testPlan } from '../../support/plans';
import { blankSubmission } from '../../support/snapshots';
import { KEY, OTHER_KEY, testKey } from '../../support/sealKeys';

/** A real stamp, as a template of the test plan carries it (read back from the template). */
function realStamp(seal?: SealKey): Stamp {
  const snap = blankSubmission(testPlan(), 'ubnd-a', '2025-07', seal ? { seal } : {});
  const sheet = findStampSheet(snap);
  const parsed = sheet ? parseStamp(sheet) : null;
  if (!parsed?.ok) throw new Error('test template has no readable stamp');
  return parsed.stamp;
}

describe('sealing keys', () => {
  it(`refuses a key shorter than ${SEAL_KEY_MIN_LENGTH} characters`, () => {
    expect(sealKeyFromText('ngắn quá')).toEqual({
      ok: false,
      problem: 'tooShort',
      minLength: SEAL_KEY_MIN_LENGTH,
    });
  });

  it('drops the spaces and line break around a key (a key file ends in a newline)', () => {
    expect(sealKeyId(testKey('  khóa-thử-của-Sở-Tài-chính-2025\n'))).toBe(sealKeyId(KEY));
  });

  it('gives each key a short public id that differs between keys and is not the key', () => {
    expect(sealKeyId(KEY)).toMatch(/^[0-9a-f]{8}$/);
    expect(sealKeyId(KEY)).not.toBe(sealKeyId(OTHER_KEY));
  });
});

describe('the seal of a stamp', () => {
  const stamp = realStamp();

  it('is written "v1:<key id>:<64 hex digits>" and is the same for the same stamp and key', () => {
    const seal = sealOf(KEY, stamp);
    expect(seal).toMatch(new RegExp(`^v1:${sealKeyId(KEY)}:[0-9a-f]{64}$`));
    expect(sealOf(KEY, structuredClone(stamp))).toBe(seal);
  });

  it('is standard HMAC-SHA256 (Node’s crypto computes the same code), so another tool can verify it', () => {
    const message = JSON.stringify([
      'chitieu-ktxh/seal/v1',
      stamp.layoutVersion,
      stamp.planId,
      stamp.planHash,
      stamp.planYear,
      stamp.agencyId,
      stamp.agencyName,
      stamp.period,
      stamp.generatedAt,
      stamp.generator,
      stamp.indicators.map((i) => [i.id, i.target, i.checkpoint, i.checkpointDate, i.tolerance]),
      stamp.tasks.map((t) => [t.id, t.deadline]),
    ]);
    const expected = createHmac('sha256', 'khóa-thử-của-Sở-Tài-chính-2025')
      .update(message, 'utf8')
      .digest('hex');
    expect(sealOf(KEY, stamp).split(':')[2]).toBe(expected);
  });

  it('covers every field of the stamp but the seal itself', () => {
    const fields = Object.keys(realStamp(KEY)).sort();
    expect(fields).toEqual([...SEALED_FIELDS, ...UNSEALED_FIELDS].sort());
  });

  const changes: [string, (s: SealedStamp) => void][] = [
    ['layoutVersion', (s) => (s.layoutVersion = 1)],
    ['planId', (s) => (s.planId = 'other-2025')],
    ['planHash', (s) => (s.planHash = '0000000000000000')],
    ['planYear', (s) => (s.planYear = 2026)],
    ['agencyId', (s) => (s.agencyId = 'ubnd-b')],
    ['agencyName', (s) => (s.agencyName = 'UBND huyện B')],
    ['period', (s) => (s.period = '2025-08')],
    ['generatedAt', (s) => (s.generatedAt = '2025-07-02T08:00:00Z')],
    ['generator', (s) => (s.generator = 'chitieu 9.9.9')],
    ['indicator target', (s) => s.indicators[0] && (s.indicators[0].target += 1)],
    ['indicator checkpoint', (s) => s.indicators[0] && (s.indicators[0].checkpoint += 1)],
    ['indicator checkpoint date', (s) => s.indicators[0] && (s.indicators[0].checkpointDate = '2025-12-31')],
    ['indicator tolerance', (s) => s.indicators[0] && (s.indicators[0].tolerance += 1)],
    ['indicator id', (s) => s.indicators[0] && (s.indicators[0].id = 'CT99')],
    ['list of indicators (one fewer)', (s) => s.indicators.pop()],
    ['task deadline', (s) => s.tasks[0] && (s.tasks[0].deadline = '2025-12-31')],
    ['list of tasks (one fewer)', (s) => s.tasks.pop()],
  ];
  it.each(changes)('another %s gives another seal', (_, change) => {
    const changed = structuredClone(stamp);
    change(changed);
    expect(sealOf(KEY, changed)).not.toBe(sealOf(KEY, stamp));
  });

  it('the test stamp has indicators and tasks for the changes above to touch', () => {
    expect(stamp.indicators.length).toBeGreaterThan(1);
    expect(stamp.tasks.length).toBeGreaterThan(1);
  });

  it('survives what other writers do to values: 15 significant digits, composed or decomposed letters, spaces', () => {
    const issued = structuredClone(stamp);
    const resaved = structuredClone(stamp);
    if (!issued.indicators[0] || !resaved.indicators[0]) throw new Error('no indicator');
    issued.indicators[0].target = 0.3;
    resaved.indicators[0].target = 0.1 + 0.2; // 0.30000000000000004: the same to the 15 digits a writer keeps
    resaved.agencyName = ` ${stamp.agencyName.normalize('NFD')} `;
    expect(resaved.agencyName).not.toBe(issued.agencyName);
    expect(sealOf(KEY, resaved)).toBe(sealOf(KEY, issued));
  });
});

describe('checking a seal', () => {
  const stamp = realStamp();
  const seal = sealOf(KEY, stamp);

  it('a seal made with the key over this stamp is valid', () => {
    expect(checkSeal(KEY, stamp, seal)).toEqual({ status: 'valid' });
  });

  it('no seal is missing, not invalid (a template issued before seals)', () => {
    expect(checkSeal(KEY, stamp, undefined)).toEqual({ status: 'missing' });
    expect(checkSeal(KEY, stamp, '  ')).toEqual({ status: 'missing' });
  });

  it('a seal over a changed stamp is invalid', () => {
    expect(checkSeal(KEY, { ...stamp, agencyId: 'ubnd-b' }, seal)).toEqual({ status: 'invalid' });
  });

  it('a seal made with another key names that key', () => {
    expect(checkSeal(KEY, stamp, sealOf(OTHER_KEY, stamp))).toEqual({
      status: 'otherKey',
      keyId: sealKeyId(OTHER_KEY),
    });
  });

  it('a forged seal naming the right key id but with a made-up code is invalid', () => {
    expect(checkSeal(KEY, stamp, `v1:${sealKeyId(KEY)}:${'0'.repeat(64)}`)).toEqual({ status: 'invalid' });
  });

  it.each([
    ['text', 'đã đóng dấu'],
    ['an unknown version', seal.replace(/^v1/, 'v9')],
    ['a cut code', seal.slice(0, -2)],
  ])('a seal that is not one (%s) is invalid', (_, text) => {
    expect(checkSeal(KEY, stamp, text)).toEqual({ status: 'invalid' });
  });

  it('reads the seal whatever the case of its hex digits', () => {
    expect(checkSeal(KEY, stamp, seal.toUpperCase().replace(/^V1/, 'v1'))).toEqual({ status: 'valid' });
  });
});
