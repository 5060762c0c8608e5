/**
 * The theme switch: light, dark, or the system's, remembered in the browser.
 * `theme-init.js` applies the choice before the page is drawn; this makes the
 * switch, hidden until then, work.
 */
export function mountThemeSwitch(select: HTMLSelectElement): void {
	const root = document.documentElement;
	select.value = root.dataset['theme'] ?? 'system';
	select.hidden = false;
	select.closest('label')?.removeAttribute('hidden');
	select.addEventListener('change', () => {
		const theme = select.value;
		if (theme === 'light' || theme === 'dark') root.dataset['theme'] = theme;
		else delete root.dataset['theme'];
		try {
			if (theme === 'system') localStorage.removeItem('theme');
			else localStorage.setItem('theme', theme);
		} catch {
			// Storage refused: the choice lasts for this page only.
		}
	});
}
