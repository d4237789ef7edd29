/** Finding an agency in the Mẫu biểu picker by what people type: with or without Vietnamese marks, or by id. */
import { agencyMatches, foldVietnamese } from '../../src/taskpane/services/agencySearch';
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
    ['moc chau', ['ubnd-moc-chau']],
  ])('"%s" finds %p', (query, ids) => {
    expect(found(query)).toEqual(ids);
  });

  it('lists every agency for an empty query, none for nonsense', () => {
    expect(found('   ')).toHaveLength(plan.agencies.length);
    expect(found('zzz')).toEqual([]);
  });
});
