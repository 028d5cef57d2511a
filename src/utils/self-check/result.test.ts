import { describe, expect, it } from 'vitest';
import { answeredCount, groupResults } from './result.ts';

const QUESTIONS = [
  { id: 'a1', group: 'a' },
  { id: 'b1', group: 'b' },
  { id: 'a2', group: 'a' },
  { id: 'a3', group: 'a' },
  { id: 'a4', group: 'a' },
  { id: 'a5', group: 'a' },
];

describe('groupResults', () => {
  it('sorts each group’s questions by answer, keeping question order', () => {
    const results = groupResults(['a', 'b'], QUESTIONS, { a1: 'no', a2: 'yes', a3: 'unknown', a4: 'partly', b1: 'yes' });
    expect(results).toEqual([
      {
        group: 'a',
        inPlace: ['a2'],
        toReview: [
          { id: 'a1', answer: 'no' },
          { id: 'a3', answer: 'unknown' },
          { id: 'a4', answer: 'partly' },
        ],
        unanswered: ['a5'],
      },
      { group: 'b', inPlace: ['b1'], toReview: [], unanswered: [] },
    ]);
  });

  it('gives every group, in the order given, even with no answers', () => {
    expect(groupResults(['b', 'a'], QUESTIONS, {}).map((r) => [r.group, r.unanswered.length])).toEqual([
      ['b', 1],
      ['a', 5],
    ]);
  });

  it('counts answered questions only', () => {
    expect(answeredCount({ a1: 'no', b1: 'yes', gone: 'yes' }, QUESTIONS)).toBe(2);
  });
});
