/**
 * The components available inside briefing bodies, passed to `<Content>`.
 * Their names are the ones `src/lib/body-scan.ts` accepts.
 */
import EntityLink from '../EntityLink.astro';
import Ar from './Ar.astro';
import BottomLine from './BottomLine.astro';
import Cite from './Cite.astro';
import En from './En.astro';
import WhyItMatters from './WhyItMatters.astro';

export const briefingComponents = { En, Ar, Link: EntityLink, Cite, BottomLine, WhyItMatters };
