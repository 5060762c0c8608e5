/**
 * The theme switch: light, dark, or the system's, remembered in the browser.
 * `theme-init.js` sets the page's theme before it is drawn and follows the
 * system's scheme; this makes the switch, hidden until then, work.
 */
export function mountThemeSwitch(select: HTMLSelectElement): void {
	const root = document.documentElement;
	select.value = storedTheme() ?? 'system';
	select.hidden = false;
	select.closest('label')?.removeAttribute('hidden');
	select.addEventListener('change', () => {
		const theme = select.value;
		const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
		root.dataset['theme'] = theme === 'light' || theme === 'dark' ? theme : systemDark ? 'dark' : 'light';
		try {
			if (theme === 'system') localStorage.removeItem('theme');
			else localStorage.setItem('theme', theme);
		} catch {
			// Storage refused: the choice lasts for this page only.
		}
	});
}

/** The reader's stored choice, if any. */
function storedTheme(): string | null {
	try {
		const theme = localStorage.getItem('theme');
		return theme === 'light' || theme === 'dark' ? theme : null;
	} catch {
		return null;
	}
}
