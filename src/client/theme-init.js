// Runs in <head>, before the page is drawn, as a classic script (no modules, nothing to wait for):
// the reader's chosen theme is applied at once, so the page never flashes in the other one.
// Plain JavaScript on purpose: it is served as it is written.
try {
	var theme = localStorage.getItem('theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	// Storage refused (a locked-down browser): the system's theme applies.
}
