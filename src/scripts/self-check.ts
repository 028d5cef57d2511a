/**
 * The self-check page in the browser: restores and saves the radio answers in localStorage (nothing leaves the
 * device), shows the pre-rendered result items that match the answers, and offers CSV, print and delete. The
 * rules live in src/utils/self-check/; this file only reads and toggles the page.
 */
import { downloadCsv } from './download-csv.ts';
// The page is meant to work offline: like /data-check/, it registers the service worker that keeps it.
import './register-sw.ts';
import { ANSWER_LABELS, isAnswer, parseStoredAnswers, serializeAnswers, STORAGE_KEY, type Answers } from '#src/utils/self-check/answers.ts';
import { selfCheckCsv, selfCheckFilename } from '#src/utils/self-check/csv.ts';
import { answeredCount, groupResults } from '#src/utils/self-check/result.ts';

type Lang = 'ja' | 'en';

/** localStorage, or undefined where the browser refuses it (storage disabled, some private modes). */
function storage(): Storage | undefined {
  try {
    const store = window.localStorage;
    const probe = `${STORAGE_KEY}.probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return undefined;
  }
}

const all = <T extends Element>(root: ParentNode, selector: string) => [...root.querySelectorAll<T>(selector)];
const textOf = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/gu, ' ').trim();

function setUp(root: HTMLElement): void {
  const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'ja';
  const store = storage();
  const questions = all<HTMLElement>(root, '[data-question]').map((element) => ({
    id: element.dataset.question!,
    group: element.dataset.group!,
    text: textOf(element.querySelector('[data-question-text]')),
  }));
  const groups = all<HTMLElement>(root, '[data-group-id]').map((element) => ({
    id: element.dataset.groupId!,
    title: textOf(element.querySelector('[data-group-title]')),
    links: all<HTMLElement>(element, '[data-link-url]').map((item) => ({ text: item.dataset.linkText!, url: item.dataset.linkUrl! })),
  }));
  const ids = questions.map((q) => q.id);
  let answers: Answers = parseStoredAnswers(store?.getItem(STORAGE_KEY) ?? null, ids);
  const status = root.querySelector<HTMLElement>('[data-status]')!;

  for (const element of all<HTMLElement>(root, '[data-js-only]')) element.hidden = false;
  for (const element of all<HTMLElement>(root, '[data-no-js]')) element.hidden = true;
  if (!store) root.querySelector<HTMLElement>('[data-no-storage]')!.hidden = false;

  const writeRadios = () => {
    for (const input of all<HTMLInputElement>(root, '[data-question] input[type="radio"]')) {
      input.checked = answers[input.name.replace(/^q-/u, '')] === input.value;
    }
  };

  const showResult = () => {
    root.querySelector('[data-progress]')!.textContent = `${answeredCount(answers, questions)} / ${questions.length}`;
    for (const result of groupResults(
      groups.map((g) => g.id),
      questions,
      answers,
    )) {
      const section = root.querySelector<HTMLElement>(`[data-result-group="${CSS.escape(result.group)}"]`)!;
      const inPlace = section.querySelector<HTMLElement>('[data-result-part="in-place"]')!;
      const review = section.querySelector<HTMLElement>('[data-result-part="review"]')!;
      const reviewed = new Map(result.toReview.map((item) => [item.id, item.answer]));
      for (const item of all<HTMLElement>(inPlace, '[data-result-item]')) item.hidden = !result.inPlace.includes(item.dataset.resultItem!);
      for (const item of all<HTMLElement>(review, '[data-result-item]')) {
        const answer = reviewed.get(item.dataset.resultItem!);
        item.hidden = answer === undefined;
        item.querySelector('[data-answer-label]')!.textContent = answer ? ANSWER_LABELS[answer][lang] : '';
      }
      inPlace.hidden = result.inPlace.length === 0;
      review.hidden = result.toReview.length === 0;
      const answered = result.inPlace.length + result.toReview.length;
      section.querySelector<HTMLElement>('[data-result-empty]')!.hidden = answered > 0;
      const unanswered = section.querySelector<HTMLElement>('[data-result-unanswered]')!;
      unanswered.hidden = answered === 0 || result.unanswered.length === 0;
      unanswered.querySelector('[data-unanswered-count]')!.textContent = String(result.unanswered.length);
    }
  };

  root.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'radio' || !isAnswer(input.value)) return;
    answers = { ...answers, [input.name.replace(/^q-/u, '')]: input.value };
    store?.setItem(STORAGE_KEY, serializeAnswers(answers));
    status.textContent = '';
    showResult();
  });

  root.querySelector('[data-action="delete"]')!.addEventListener('click', () => {
    answers = {};
    store?.removeItem(STORAGE_KEY);
    writeRadios();
    showResult();
    status.textContent = status.dataset.deletedText ?? '';
  });
  root.querySelector('[data-action="print"]')!.addEventListener('click', () => window.print());
  root.querySelector('[data-action="csv"]')!.addEventListener('click', () => {
    downloadCsv(selfCheckCsv(groups, questions, answers, lang), selfCheckFilename(new Date()));
  });

  writeRadios();
  showResult();
}

const root = document.querySelector<HTMLElement>('[data-self-check]');
if (root) setUp(root);
