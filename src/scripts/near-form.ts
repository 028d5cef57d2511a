/** "Seminars near me": the chosen option's value is the page to open (/seminars/near/tokyo/). */
export function initNearForm(root: Document = document): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-near-form]')) {
    form.addEventListener('submit', (event) => {
      const select = form.querySelector('select');
      if (!select?.value.startsWith('/')) return;
      event.preventDefault();
      location.assign(select.value);
    });
  }
}
