/**
 * "/" and Ctrl/Cmd+K jump to the search box, unless the reader is typing in a field.
 * Once bound, the page's root carries `data-search-shortcut`, so that anything driving
 * the page (a test, an assistive tool) knows the keys now work.
 */
export function onSearchShortcut(focus: () => void): void {
	document.addEventListener('keydown', (event) => {
		const target = event.target as HTMLElement;
		const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
		const slash = event.key === '/' && !typing;
		const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
		if (!slash && !commandK) return;
		event.preventDefault();
		focus();
	});
	document.documentElement.dataset['searchShortcut'] = 'ready';
}
