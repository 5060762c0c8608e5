// Runs in <head>, before the page is drawn, as a classic script (no modules, nothing to wait for):
// the page's theme is set at once, so it never flashes in the other one. The theme is the reader's
// choice (light or dark, remembered in the browser), or the system's scheme, followed as it changes.
// The theme switch (theme.ts) shows `data-theme-choice` and announces a new choice with a
// `theme-choice` event. Plain JavaScript on purpose: it is served as it is written.
(function () {
	var root = document.documentElement;
	var system = window.matchMedia('(prefers-color-scheme: dark)');
	var choice = 'system';
	try {
		var stored = localStorage.getItem('theme');
		if (stored === 'light' || stored === 'dark') choice = stored;
	} catch {
		// Storage refused (a locked-down browser): the system's scheme applies; a choice lasts for its page.
	}
	function apply() {
		root.dataset.themeChoice = choice;
		root.dataset.theme = choice === 'system' ? (system.matches ? 'dark' : 'light') : choice;
	}
	apply();
	system.addEventListener('change', apply);
	document.addEventListener('theme-choice', function (event) {
		choice = event.detail === 'light' || event.detail === 'dark' ? event.detail : 'system';
		apply();
		try {
			if (choice === 'system') localStorage.removeItem('theme');
			else localStorage.setItem('theme', choice);
		} catch {
			// Storage refused: the choice lasts for this page only.
		}
	});
})();
