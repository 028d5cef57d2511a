/**
 * Patent, application and license numbers as single search words, so that any common way of typing one finds
 * its record: 特許第5946067号, 特許5946067, 5946067; 特願2012-123456, 2012-123456, 2012123456; L2016001200.
 * Used on indexed records and on queries alike; runs on NFKC-folded, lower-cased text.
 */

/** Application number 2012-123456 → the word 2012123456. */
export function applicationWord(applicationNo: string): string {
  return applicationNo.replace(/\D/g, '');
}

/** Patent number 特許第5946067号 → the word 5946067. */
export function patentWord(patentNo: string): string {
  return patentNo.replace(/\D/g, '');
}

const PATENT_FORM = /特許(?:第)?\s*(\d{7})\s*号?/gu;
const APPLICATION_FORM = /(?:特願\s*)?(?<!\d)((?:19|20)\d{2})\s*-\s*(\d{6})(?!\d)/gu;
const LONE_APPLICATION_FORM = /特願\s*((?:19|20)\d{2})(\d{6})(?!\d)/gu;

/**
 * Rewrites number forms in folded query text to the words the index holds. Leaves other text alone:
 * 「特許第5946067号 センサ」→「 5946067  センサ」.
 */
export function rewriteNumberForms(folded: string): string {
  return folded.replace(PATENT_FORM, ' $1 ').replace(APPLICATION_FORM, ' $1$2 ').replace(LONE_APPLICATION_FORM, ' $1$2 ');
}

/** A patent number in the one form the site shows and exports: 5946067 → 特許第5946067号. */
export function patentNumberText(patentNo: string): string {
  return `特許第${patentWord(patentNo)}号`;
}

/** An application number in the one form the site shows and exports: 2012-123456 → 特願2012-123456. */
export function applicationNumberText(applicationNo: string): string {
  const digits = applicationWord(applicationNo);
  return `特願${digits.slice(0, 4)}-${digits.slice(4)}`;
}
