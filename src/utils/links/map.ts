/** A map search for a street address; none without one (a venue name alone finds the wrong place or nothing). */
export function addressMapUrl(address: string | undefined): string | undefined {
  return address ? `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(address)}` : undefined;
}
