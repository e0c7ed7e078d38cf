/** `x` rounded to `places` decimal places, as Math.round rounds at that scale: roundTo(59.25, 1) is 59.3. */
export function roundTo(x: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(x * scale) / scale;
}
