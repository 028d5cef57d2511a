import { describe, expect, it } from 'vitest';
import { ANSWERS, ANSWER_LABELS, parseStoredAnswers, serializeAnswers } from './answers.ts';

const IDS = ['marking', 'locked-storage', 'nda'];

describe('self-check answers in storage', () => {
  it('round-trips answers through the stored text', () => {
    const answers = { marking: 'yes', 'locked-storage': 'unknown', nda: 'partly' } as const;
    expect(parseStoredAnswers(serializeAnswers(answers), IDS)).toEqual(answers);
  });

  it('drops questions that no longer exist and values that are not answers', () => {
    const stored = JSON.stringify({ version: 1, answers: { marking: 'no', removed: 'yes', nda: 'maybe', 'locked-storage': 3 } });
    expect(parseStoredAnswers(stored, IDS)).toEqual({ marking: 'no' });
  });

  it.each([
    null,
    '',
    'not json',
    '[]',
    'null',
    '{"answers":{"marking":"yes"}}',
    '{"version":2,"answers":{"marking":"yes"}}',
    '{"version":1,"answers":"x"}',
  ])('reads %j as no answers', (stored) => {
    expect(parseStoredAnswers(stored, IDS)).toEqual({});
  });

  it('does not take answers from the prototype chain', () => {
    expect(parseStoredAnswers(JSON.stringify({ version: 1, answers: {} }), ['toString', 'constructor'])).toEqual({});
  });

  it('has a label in both languages for every answer', () => {
    for (const answer of ANSWERS) {
      expect(ANSWER_LABELS[answer].ja.length).toBeGreaterThan(0);
      expect(ANSWER_LABELS[answer].en.length).toBeGreaterThan(0);
    }
  });
});
