/** Finding an agency in the Mẫu biểu picker by what people type: with or without Vietnamese marks, or by id. */
import { agencyMatches, exactAgency, foldVietnamese } from '../../src/taskpane/services/agencySearch';
import { seedPlan } from './support/seed';

const { plan } = seedPlan();
const found = (query: string) => plan.agencies.filter((a) => agencyMatches(a, query)).map((a) => a.id);

describe('agency search', () => {
  it('folds marks and đ', () => {
    expect(foldVietnamese('Sở Y tế Điện Biên')).toBe('so y te dien bien');
  });

  it.each([
    ['y te', ['so-y-te']],
    ['Sở Y tế', ['so-y-te']],
    ['xay dung', ['so-xay-dung']],
    ['so-gddt', ['so-gddt']],
    ['moc chau', ['ubnd-huyen-moc-chau', 'ubnd-moc-chau', 'ubnd-phuong-moc-chau']],
  ])('"%s" finds %p', (query, ids) => {
    expect(found(query)).toEqual(ids);
  });

  it('lists every agency for an empty query, none for nonsense', () => {
    expect(found('   ')).toHaveLength(plan.agencies.length);
    expect(found('zzz')).toEqual([]);
  });
});

describe('an agency name typed in full', () => {
  const exact = (typed: string) => exactAgency(plan.agencies, typed)?.id ?? null;

  it.each([
    ['Sở Y tế', 'so-y-te'],
    ['so y te', 'so-y-te'],
    ['  SỞ  Y   TẾ ', 'so-y-te'],
    ['Viện Kiểm sát nhân dân tỉnh', 'vien-kiem-sat'],
    ['so van hoa the thao va du lich', 'so-vhttdl'],
    ['ubnd-moc-chau', 'ubnd-moc-chau'],
  ])('"%s" is %s', (typed, id) => {
    expect(exact(typed)).toBe(id);
  });

  it('a part of a name, or nothing, is no choice', () => {
    expect(exact('y te')).toBeNull();
    expect(exact('Sở')).toBeNull();
    expect(exact('   ')).toBeNull();
  });
});
