/**
 * The theme switch: light, dark, or the system's. `theme-init.js` keeps the
 * theme (it sets it before the page is drawn, remembers the choice and follows
 * the system's scheme); this shows its choice and tells it the reader's new one.
 */
export function mountThemeSwitch(select: HTMLSelectElement): void {
	select.value = document.documentElement.dataset['themeChoice'] ?? 'system';
	select.hidden = false;
	select.closest('label')?.removeAttribute('hidden');
	select.addEventListener('change', () => {
		document.dispatchEvent(new CustomEvent('theme-choice', { detail: select.value }));
	});
}
