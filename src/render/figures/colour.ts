/** sRGB colours: parsing CSS hex notation and writing it back. */

/** An 8-bit sRGB colour. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

const HEX_COLOUR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

export function isHexColour(text: string): boolean {
  return HEX_COLOUR.test(text);
}

/** Parses "#rgb" or "#rrggbb"; throws a RangeError on anything else. */
export function parseHexColour(text: string): Rgb {
  const match = HEX_COLOUR.exec(text);
  if (match === null) throw new RangeError(`colours must be CSS hex ("#rrggbb" or "#rgb"), got ${JSON.stringify(text)}`);
  const digits = match[1]!;
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return {
    r: Number.parseInt(full.slice(0, 2), 16),
    g: Number.parseInt(full.slice(2, 4), 16),
    b: Number.parseInt(full.slice(4, 6), 16),
  };
}

function channelHex(value: number): string {
  return Math.max(0, Math.min(255, Math.round(value))).toString(16).padStart(2, '0');
}

/** "#rrggbb" (lowercase). */
export function rgbToHex(colour: Rgb): string {
  return `#${channelHex(colour.r)}${channelHex(colour.g)}${channelHex(colour.b)}`;
}

/** Linear interpolation a → b at fraction t ∈ [0, 1] (channels stay fractional). */
export function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  return { r: a.r + (b.r - a.r) * t, g: a.g + (b.g - a.g) * t, b: a.b + (b.b - a.b) * t };
}

/** Channels rounded to integers. */
export function roundRgb(colour: Rgb): Rgb {
  return { r: Math.round(colour.r), g: Math.round(colour.g), b: Math.round(colour.b) };
}
