/** Places graph nodes evenly on a circle, for a relationship diagram drawn at build time. */

export interface Point {
	x: number;
	y: number;
}

/**
 * Positions for `count` nodes on a circle of `radius` around `center`, the
 * first at the top and the rest clockwise (or anticlockwise for RTL readers).
 */
export function circleLayout(count: number, center: Point, radius: number, clockwise = true): Point[] {
	return Array.from({ length: count }, (_, i) => {
		const angle = -Math.PI / 2 + (clockwise ? 1 : -1) * ((2 * Math.PI * i) / Math.max(count, 1));
		return {
			x: Math.round((center.x + radius * Math.cos(angle)) * 10) / 10,
			y: Math.round((center.y + radius * Math.sin(angle)) * 10) / 10,
		};
	});
}
