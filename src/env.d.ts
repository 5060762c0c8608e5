/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The source that `<Cite p="…">` in the briefing being rendered refers to. */
		citeSource?: string;
	}
}
