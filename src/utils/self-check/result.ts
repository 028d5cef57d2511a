/**
 * The self-check's result: per group, which questions were answered "yes" (in place) and which are worth a
 * closer look (partly, no, not sure). Deliberately no score: the answers sort questions, they do not measure
 * compliance.
 */
import type { Answer, Answers } from './answers.ts';

export interface CheckQuestion {
  id: string;
  group: string;
}
export interface GroupResult {
  group: string;
  inPlace: string[];
  /** Question id and its answer, in question order. */
  toReview: { id: string; answer: Exclude<Answer, 'yes'> }[];
  unanswered: string[];
}

export function groupResults(groupIds: readonly string[], questions: readonly CheckQuestion[], answers: Answers): GroupResult[] {
  return groupIds.map((group) => {
    const result: GroupResult = { group, inPlace: [], toReview: [], unanswered: [] };
    for (const question of questions) {
      if (question.group !== group) continue;
      const answer = answers[question.id];
      if (answer === undefined) result.unanswered.push(question.id);
      else if (answer === 'yes') result.inPlace.push(question.id);
      else result.toReview.push({ id: question.id, answer });
    }
    return result;
  });
}

export const answeredCount = (answers: Answers, questions: readonly CheckQuestion[]) =>
  questions.filter((q) => answers[q.id] !== undefined).length;
