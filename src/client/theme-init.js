// Runs in <head>, before the page is drawn, as a classic script (no modules, nothing to wait for):
// the page's theme is set at once, so it never flashes in the other one. The theme is the reader's
// choice (theme.ts stores it), or the system's scheme when they made none, followed as it changes.
// Plain JavaScript on purpose: it is served as it is written.
(function () {
	var root = document.documentElement;
	var system = window.matchMedia('(prefers-color-scheme: dark)');
	function chosen() {
		try {
			return localStorage.getItem('theme');
		} catch {
			return null; // Storage refused (a locked-down browser): the system's scheme applies.
		}
	}
	function apply() {
		var theme = chosen();
		root.dataset.theme = theme === 'light' || theme === 'dark' ? theme : system.matches ? 'dark' : 'light';
	}
	apply();
	system.addEventListener('change', apply);
})();
